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

/** Each plan through `step`, six apps at a time: kintone limits concurrent requests per domain. */
async function sixAtATime(plans: Planned[], step: (plan: Planned) => Promise<Planned>): Promise<Planned[]> {
  const done: Planned[] = [];
  for (let i = 0; i < plans.length; i += 6) done.push(...(await Promise.all(plans.slice(i, i + 6).map(step))));
  return done;
}

/** Reads each app's pre-live settings and finds every place the person (`key`, USER:code) is named. */
export function planOffboard(rows: AppRow[], key: string): Promise<Planned[]> {
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

/** Saves the replacement in every planned app where the person is and that is not saved yet: each its outcome. */
export const saveOffboard = (plans: Planned[], edit: Edit) =>
  sixAtATime(plans, async (plan) => {
    const read = plan.bodies;
    if (!read?.general || !plan.places.length || plan.revision) return plan;
    const draft = applyEdits(read, [edit]);
    const kinds = changedKinds(read, draft);
    // Replaced by themselves: nothing to write, and nothing saved to deploy.
    if (!kinds.length) return plan;
    const { written, revision, failed } = await writeKinds(
      plan.row.id,
      Object.fromEntries(kinds.map((kind) => [kind, draft[kind]])),
      read.general.revision,
      plan.row.space ?? '',
    );
    if (!failed) return { ...plan, revision, outcome: 'saved', error: undefined };
    const conflict = written.length === 0 && isConflict(failed.error);
    return { ...plan, outcome: conflict ? 'conflict' : 'failed', error: failed.error.code };
  });

const DEPLOYED: Record<string, string> = { SUCCESS: 'deployed', PROCESSING: 'deploy-pending' };

/** Update App for every saved app, at the revision its save answered: each kintone's status. */
export const deployOffboard = (plans: Planned[]) =>
  sixAtATime(plans, async (plan) => {
    if (!plan.revision || plan.outcome !== 'saved') return plan;
    const status = await deploy(plan.row.id, plan.revision, plan.row.space ?? '').catch(
      (raw: unknown) => toApiError(raw).code,
    );
    const outcome = DEPLOYED[status] ?? 'deploy-failed';
    return { ...plan, outcome, error: outcome === 'deploy-failed' ? status : undefined };
  });
