import { ApiError, isRetryable, toApiError } from './errors';

/** Timing knobs; tests shorten them. */
export const requestPolicy = {
  /** A read that has not answered after this long is abandoned with a TIMEOUT error. */
  timeoutMs: 30_000,
  /** Base backoff before each retry of a busy answer; its length is the retry count. */
  retryDelaysMs: [500, 1500],
};

/** A read whose failure means "unknown": undefined instead of a rejection. */
export const silently = <T>(promise: Promise<T>) => promise.catch(() => undefined);

/** Each item through `step`, at most six at once (kintone limits concurrent requests per domain); results in order. */
export async function atMostSix<T, R>(items: T[], step: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await step(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(6, items.length) }, worker));
  return results;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A backoff of 50–150 % of the base ("jitter"): when a busy domain turns many pages away at once, their
 * retries spread out instead of arriving together again.
 */
export const jittered = (baseMs: number): number => Math.round(baseMs * (0.5 + Math.random()));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ApiError('TIMEOUT', 'timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * GET a kintone REST path through kintone.api, guest-space aware (kintone.api.url(path, true) turns it
 * into /k/guest/{spaceId}/v1/... when the app lives in a guest space — never built by hand here).
 * Busy answers are retried with jittered backoff unless `retry` is false; every failure comes out as a
 * ApiError.
 */
export async function kintoneGet(
  path: string,
  params: Record<string, unknown>,
  { guestAware = true, retry = true } = {},
): Promise<unknown> {
  // The User API (/v1/users.json…) is cybozu.com-wide: it has no guest-space form.
  const url = guestAware ? kintone.api.url(path, true) : path;
  for (let attempt = 0; ; attempt++) {
    try {
      return await withTimeout(Promise.resolve(kintone.api(url, 'GET', params)), requestPolicy.timeoutMs);
    } catch (raw) {
      const error = toApiError(raw);
      const delay = retry ? requestPolicy.retryDelaysMs[attempt] : undefined;
      if (!isRetryable(error) || delay === undefined) throw error;
      await sleep(jittered(delay));
    }
  }
}
