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
  // kintone's REST reference names no error code for an overloaded domain: it documents HTTP 429 for
  // too many concurrent requests, and nothing for the body. These two are the answers kintone gives when
  // a lock could not be taken in time (reported by kintone developers, not in the reference): a retry
  // normally succeeds. Every other busy answer is recognised by its HTTP status, where the rejection
  // carries one.
  GAIA_RE18: 'busy',
  GAIA_DA02: 'busy',
};

/** HTTP statuses that mean "busy, try again": too many requests, service unavailable. */
const BUSY_STATUSES = [429, 503];

/** Codes are shown in the DOM and in text; keep them to a safe alphabet and length. */
const sanitizeCode = (code: string): string => code.replace(/[^A-Za-z0-9_]/g, '').slice(0, 40) || 'UNKNOWN';

const asText = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 500) : '');

/**
 * Turns whatever kintone.api rejected with into an ApiError. Never throws. kintone documents the
 * rejection as the error body ({ code, id, message }); its reference is silent on what comes when an
 * error answer is not JSON (a proxy's or a load balancer's page), so both an object carrying the HTTP
 * `status` and a bare value are handled.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // kintone.api rejects with a SyntaxError when a 200 answer's body is not JSON.
  if (error instanceof SyntaxError) return new ApiError('INVALID', 'invalid');
  if (typeof error === 'object' && error !== null) {
    const { code, message, status, errors } = error as Record<string, unknown>;
    // Empty when kintone named no code (sanitizeCode never returns '').
    const safe = typeof code === 'string' && code !== '' ? sanitizeCode(code) : '';
    if (BUSY_STATUSES.includes(status as number)) return new ApiError(safe || 'BUSY', 'busy', asText(message));
    // A refused write names what kintone refused in `errors` ({ "notifications[3].entity.code": { messages } }):
    // the first one is what an administrator needs to put it right.
    const [where, what] = Object.entries(errors ?? {})[0] ?? [];
    const detail = where
      ? `${asText(message)} ${where}: ${String((what as { messages?: unknown })?.messages ?? '')}`
      : message;
    if (safe) return new ApiError(safe, KIND_BY_CODE[safe] ?? 'unknown', asText(detail));
    if (Number.isInteger(status) && (status as number) >= 400 && (status as number) < 600) {
      return new ApiError(`HTTP_${status}`, 'unknown', asText(message));
    }
  }
  // fetch/XHR failures reject with TypeError or an opaque value: the request never got an answer.
  return new ApiError('NETWORK', 'network', error instanceof Error ? asText(error.message) : '');
}

export const isRetryable = (error: ApiError): boolean => error.kind === 'busy';
