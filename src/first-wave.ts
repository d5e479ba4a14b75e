/**
 * The settings page's reads, sent as the very first thing its script does: config.tsx imports this module
 * before anything else, so the requests leave before the panel's code (Preact, message tables, the query
 * reader …) has even been evaluated. The panel's first load takes this wave instead of sending its own.
 */
import { startSettingsWave } from './api/load';

const appId = String(kintone.app.getId() ?? '');

export const firstWave = { appId, wave: appId ? startSettingsWave(appId) : undefined };
