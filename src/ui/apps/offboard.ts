/**
 * Offboarding across apps: one person replaced by another, or removed, in the pre-live settings of the apps
 * ticked, with the single-app Replace everywhere's rules (model/edit.ts), conditions included. Three steps, each
 * a click: a preview of every place from fresh pre-live reads; Save, which writes the apps ticked at that moment
 * (an app ticked after the preview is read first), each app's changed kinds with its revision chained; and
 * Update App per saved app. At most six apps at a time; one app's failure or conflict is its own result, and the
 * others go on. Nothing is reverted.
 */
import { readPreLive, requestQueue, type Get } from '../../api/apps';
import { deploy, isConflict, writeKinds } from '../../api/write';
import { toApiError } from '../../api/errors';
import { atMostSix } from '../../api/request';
import { applyEdits, changedKinds, placesOf, type Bodies, type Place } from '../../model/edit';
import type { AppRow } from '../../model/apps';
import type { Target } from '../../model/types';

/** The offboarding's edit: the person (USER:code) and who replaces them (none: removed). */
export interface Handover {
  key: string;
  by?: Target;
}

export interface Planned {
  row: AppRow;
  /** Where the person is in the app's pre-live settings; empty when nowhere. */
  places: Place[];
  bodies?: Bodies;
  /** The pre-live form's field types by code. */
  fields?: Record<string, string>;
  /** The read failed (its code), the write's or deploy's outcome, kintone's words. */
  error?: string;
  outcome?: 'saved' | 'conflict' | 'failed' | 'deployed' | 'deploy-pending' | 'deploy-failed';
  /** The revision after this app's save: Update App deploys exactly it. */
  revision?: string;
}

/** One app's plan from fresh reads of its pre-live settings: every place the person is named. */
const planApp = (row: AppRow, handover: Handover, get: Get): Promise<Planned> =>
  readPreLive(row.id, row.space ?? '', get).then(
    ({ bodies, fields }): Planned => ({ row, bodies, fields, places: placesOf(bodies, { ...handover, fields }) }),
    (raw: unknown): Planned => ({ row, places: [], error: toApiError(raw).code }),
  );

/** The preview: each app's plan, six reads in flight at most. */
export function planOffboard(rows: AppRow[], handover: Handover): Promise<Planned[]> {
  const { get } = requestQueue();
  return Promise.all(rows.map((row) => planApp(row, handover, get)));
}

/**
 * Save: the replacement in every app of `rows` — the apps ticked now, and only those — that is not saved yet. An
 * app without a readable plan (ticked after the preview, or its read failed) is read first; each its outcome.
 */
export const saveOffboard = (rows: AppRow[], plans: Record<string, Planned | undefined>, handover: Handover) => {
  const { get } = requestQueue();
  return atMostSix(rows, async (row): Promise<Planned> => {
    const known = plans[row.id];
    // Saved already, or refused as a conflict: that app is previewed again before anything more is written.
    if (known?.revision || known?.outcome === 'conflict') return known;
    const plan = known?.bodies ? known : await planApp(row, handover, get);
    const read = plan.bodies;
    if (!read) return plan;
    const draft = applyEdits(read, [{ op: 'replace', ...handover, fields: plan.fields }]);
    const kinds = changedKinds(read, draft);
    // Replaced by themselves, or named only where a human must change it: nothing to write, nothing to deploy.
    if (!kinds.length || !read.general) return plan;
    const { written, revision, failed } = await writeKinds(
      row.id,
      Object.fromEntries(kinds.map((kind) => [kind, draft[kind]])),
      read.general.revision,
      row.space ?? '',
    );
    if (!failed) return { ...plan, revision, outcome: 'saved', error: undefined };
    // A conflict only when nothing was written: an app written in part is a failure to look at.
    const conflict = written.length === 0 && isConflict(failed.error);
    return { ...plan, outcome: conflict ? 'conflict' : 'failed', error: failed.error.code };
  });
};

const DEPLOYED = { SUCCESS: 'deployed', PROCESSING: 'deploy-pending' } as const;

/** Update App for every saved app among `plans`, at the revision its save answered: each kintone's status. */
export const deployOffboard = (plans: Planned[]) =>
  atMostSix(plans, async (plan): Promise<Planned> => {
    if (!plan.revision || plan.outcome !== 'saved') return plan;
    const status = await deploy(plan.row.id, plan.revision, plan.row.space ?? '').catch(
      (raw: unknown) => toApiError(raw).code,
    );
    const outcome = status in DEPLOYED ? DEPLOYED[status as keyof typeof DEPLOYED] : 'deploy-failed';
    return { ...plan, outcome, error: outcome === 'deploy-failed' ? status : undefined };
  });
