/**
 * Parts of kintone's JavaScript API that @kintone/dts-gen does not declare yet. Optional: older kintone
 * versions lack them, so callers check before use.
 */
declare namespace kintone.app {
  /** Record list and record screens: the signed-in user's permissions on this app (cybozu.dev reference). */
  const getPermissions: (() => Promise<{ addRecord: boolean; editApp: boolean }>) | undefined;
}
