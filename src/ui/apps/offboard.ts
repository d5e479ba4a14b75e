/**
 * Offboarding across apps: one person replaced by another, or removed, in the pre-live settings of the apps
 * chosen, with the single-app Replace everywhere's rules (model/edit.ts). Three steps, each a click: a preview
 * of every place from fresh pre-live reads; Save, which writes each app's changed kinds with its revision
 * chained; and Update App per saved app. Apps run side by side, at most six at a time; one app's failure or
 * conflict is its own result, and the others go on. Nothing is reverted.
 */
import { readPreLive, requestQueue } from '../../api/apps';
import { deploy, isConflict, writeKinds } from '../../api/write';
import { toApiError } from '../../api/errors';
import { applyEdits, changedKinds, placesOf, type Bodies, type Edit } from '../../model/edit';
import type { AppRow } from '../../model/apps';

export interface Planned {
  row: AppRow;
  /** Where the person is in the app's pre-live settings; empty when nowhere. */
  places: ReturnType<typeof placesOf>;
  bodies?: Bodies;
  /** The read failed (its code), the write's or deploy's outcome, kintone's words. */
  error?: string;
  outcome?: string;
  /** The revision after this app's save: Update App deploys exactly it. */
  revision?: string;
}

/** Runs `task` for each item, at most six at a time. */
async function sideBySide<T>(items: T[], task: (item: T) => Promise<void>) {
  const left = [...items];
  const worker = async () => {
    for (let item; (item = left.shift()) !== undefined;) await task(item);
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

/** Reads each app's pre-live settings and finds every place the person (`key`, USER:code) is named. */
export async function planOffboard(rows: AppRow[], key: string): Promise<Planned[]> {
  const { get } = requestQueue();
  return Promise.all(
    rows.map((row) =>
      readPreLive(row.id, row.space ?? '', get).then(
        (bodies): Planned => ({ row, bodies, places: placesOf(bodies, key) }),
        (raw: unknown): Planned => ({ row, places: [], error: toApiError(raw).code }),
      ),
    ),
  );
}

/** Saves the replacement in every planned app where the person is; each plan gets its outcome. */
export async function saveOffboard(plans: Planned[], edit: Edit): Promise<void> {
  await sideBySide(
    plans.filter((plan) => plan.bodies && plan.places.length && !plan.revision),
    async (plan) => {
      const read = plan.bodies!;
      const draft = applyEdits(read, [edit]);
      const kinds = changedKinds(read, draft);
      const { written, revision, failed } = await writeKinds(
        plan.row.id,
        Object.fromEntries(kinds.map((kind) => [kind, draft[kind]])),
        read.general!.revision,
        plan.row.space ?? '',
      );
      if (!failed) plan.revision = revision;
      plan.outcome = !failed ? 'saved' : written.length === 0 && isConflict(failed.error) ? 'conflict' : 'failed';
      plan.error = failed?.error.code;
    },
  );
}

/** Update App for every saved app, at the revision its save answered; each plan gets kintone's status. */
export async function deployOffboard(plans: Planned[]): Promise<void> {
  await sideBySide(
    plans.filter((plan) => plan.revision && plan.outcome === 'saved'),
    async (plan) => {
      const status = await deploy(plan.row.id, plan.revision!, plan.row.space ?? '').catch(
        (raw: unknown) => toApiError(raw).code,
      );
      plan.outcome = { SUCCESS: 'deployed', PROCESSING: 'deploy-pending' }[status] ?? 'deploy-failed';
      if (plan.outcome === 'deploy-failed') plan.error = status;
    },
  );
}
