/**
 * Every failure the panel can show, reduced to a code the DOM exposes (data-error-code) and a kind
 * the UI words. kintone codes are kept verbatim; our own codes cover what kintone never names.
 */
export type ErrorKind =
  | 'permission'
  | 'notFound'
  | 'guestSpace'
  | 'badRequest'
  | 'busy'
  | 'network'
  | 'timeout'
  | 'invalid'
  | 'unknown'
  /** kintone gave the page no app id: nothing to read, and no request is sent. */
  | 'noApp';

export class ApiError extends Error {
  constructor(
    /** A kintone error code (e.g. CB_NO02) or NETWORK / INVALID / BUSY / TIMEOUT / NO_APP. */
    readonly code: string,
    readonly kind: ErrorKind,
    /** kintone's own message or a validation detail; shown as plain text under ours. */
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
  }
}

const KIND_BY_CODE: Record<string, ErrorKind> = {
  CB_NO02: 'permission',
  GAIA_AP01: 'notFound',
  GAIA_IL23: 'guestSpace',
  CB_VA01: 'badRequest',
  // Too many concurrent requests on the domain (HTTP 429; recorded from a live domain): others' load passes.
  GAIA_TO04: 'busy',
  // A lock not taken in time (reported by kintone developers, not in the reference): a retry normally succeeds.
  GAIA_RE18: 'busy',
  GAIA_DA02: 'busy',
};

/** Codes are shown in the DOM and in text; keep them to a safe alphabet and length. */
const sanitizeCode = (code: string): string => code.replace(/[^A-Za-z0-9_]/g, '').slice(0, 40) || 'UNKNOWN';

const asText = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 500) : '');

/**
 * The one place a kintone.api rejection becomes the product's error; never throws. kintone's JavaScript API
 * reference: it rejects with the error body parsed as JSON, or with the raw text when the body is not JSON — no
 * HTTP status reaches the caller. So:
 * - a JSON body with a `code` is kintone's error (GAIA_TO04, too many concurrent requests, is busy);
 * - a JSON body without one, or text (a gateway's 503 page), did not come from kintone's API: busy, retried;
 * - an Error is the request never answered (network), or a 200 answer that was not JSON (SyntaxError).
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // kintone.api rejects with a SyntaxError when a 200 answer's body is not JSON.
  if (error instanceof SyntaxError) return new ApiError('INVALID', 'invalid');
  if (error instanceof Error || error == null) return new ApiError('NETWORK', 'network', asText(error?.message));
  if (typeof error !== 'object') {
    // What the gateway sent, as text: its tags dropped (it is shown as text anyway), spaces folded.
    const text = String(error)
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return new ApiError('BUSY', 'busy', asText(text));
  }
  const { code, message, errors } = error as Record<string, unknown>;
  if (typeof code !== 'string' || code === '')
    return new ApiError('BUSY', 'busy', asText(message) || JSON.stringify(error).slice(0, 500));
  const safe = sanitizeCode(code);
  // A refused write names what kintone refused in `errors` ({ "notifications[3].entity.code": { messages } }):
  // the first one is what an administrator needs to put it right.
  const [where, what] = Object.entries(errors ?? {})[0] ?? [];
  const detail = where
    ? `${asText(message)} ${where}: ${String((what as { messages?: unknown })?.messages ?? '')}`
    : message;
  return new ApiError(safe, KIND_BY_CODE[safe] ?? 'unknown', asText(detail));
}

export const isRetryable = (error: ApiError): boolean => error.kind === 'busy';
