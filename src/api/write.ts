/**
 * The only writes the panel makes, each on an administrator's click in edit mode: the pre-live notification
 * settings (PUT …/preview/app/notifications/{kind}.json) and Update App (POST …/preview/app/deploy.json).
 * Nothing here ever targets live settings, and nothing asks the deploy API to `revert`: that would discard
 * other people's pending work. Writes are not retried: a write whose answer was lost may have landed, and
 * only a fresh read can tell.
 */
import { toApiError, type ApiError } from './errors';
import { kintoneGet } from './request';
import { inSpace } from './guest-space';
import { EDIT_KINDS, putBody, type Bodies, type EditKind } from '../model/edit';

/** Timing knobs; tests shorten them. Polls back off up to maxPollMs, about four minutes in all. */
export const deployPolicy = { pollMs: 1000, maxPollMs: 5000, polls: 60 };

/** A path of this page's app (space undefined), or of an app in guest space `space` ('' for none). */
const urlOf = (path: string, space?: string) =>
  space === undefined ? kintone.api.url(path, true) : inSpace(path, space);

const send = async (path: string, method: 'PUT' | 'POST', body: unknown, space?: string): Promise<unknown> => {
  try {
    return await kintone.api(urlOf(path, space), method, body);
  } catch (raw) {
    throw toApiError(raw);
  }
};

/** kintone's answer to a write that expected another revision: someone saved the app's settings meanwhile. */
export const isConflict = (error: ApiError) => error.code === 'GAIA_CO02';

export interface WriteOutcome {
  /** Kinds written, in order. */
  written: EditKind[];
  /** The app's revision after the last successful write (the one read when nothing was written). */
  revision: string;
  /** The kind whose write failed, and why; the kinds after it were not attempted. */
  failed?: { kind: EditKind; error: ApiError };
}

/**
 * Writes the given kinds one after another, in kintone's screen order. kintone's revision is the app's, not
 * the kind's: each write expects the revision the previous one answered, so no one else's save can slip in
 * between unnoticed.
 */
export async function writeKinds(
  appId: string,
  bodies: Bodies,
  expected: string,
  space?: string,
): Promise<WriteOutcome> {
  const written: EditKind[] = [];
  let revision = expected;
  for (const kind of EDIT_KINDS) {
    const body = bodies[kind];
    if (!body) continue;
    try {
      const answer = await send(
        `/k/v1/preview/app/notifications/${kind}.json`,
        'PUT',
        putBody(appId, body, revision),
        space,
      );
      written.push(kind);
      // kintone answers the new revision. Were it missing, the next write would expect the old one and be
      // refused as a conflict: a re-read, not a lost edit.
      revision = String((answer as { revision?: unknown } | undefined)?.revision ?? revision);
    } catch (error) {
      return { written, revision, failed: { kind, error: error as ApiError } };
    }
  }
  return { written, revision };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Update App: deploys the pre-live settings at `revision` and waits for kintone to say how it went.
 * Resolves to SUCCESS, FAIL or CANCEL (kintone's words), or PROCESSING when it is still running after the
 * polls; rejects with the ApiError of a refused deploy. A poll that fails, or answers without a status,
 * says nothing about the deploy: polling goes on, further apart each time.
 */
export async function deploy(appId: string, revision: string, space?: string): Promise<string> {
  const path = '/k/v1/preview/app/deploy.json';
  await send(path, 'POST', { apps: [{ app: appId, revision }] }, space);
  let wait = deployPolicy.pollMs;
  for (let poll = 0; poll < deployPolicy.polls; poll++) {
    await sleep(wait);
    wait = Math.min(wait * 1.5, deployPolicy.maxPollMs);
    const answer = (await kintoneGet(urlOf(path, space), { apps: [appId] }, { guestAware: false }).catch(
      () => undefined,
    )) as { apps?: Array<{ status?: unknown }> } | undefined;
    const status = answer?.apps?.[0]?.status;
    if (typeof status === 'string' && status !== 'PROCESSING') return status;
  }
  return 'PROCESSING';
}
