/**
 * Every failure the panel can show, reduced to a code the DOM exposes (data-error-code) and a kind
 * the UI words. kintone codes are kept verbatim; our own codes cover what kintone never names.
 */
export type ErrorKind =
  'permission' | 'notFound' | 'guestSpace' | 'badRequest' | 'busy' | 'network' | 'timeout' | 'invalid' | 'unknown';

export class PanelError extends Error {
  constructor(
    /** A kintone error code (e.g. CB_NO02) or NETWORK / INVALID / BUSY / TIMEOUT. */
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
  // kintone answers these when the domain is overloaded or a lock could not be taken: worth retrying.
  GAIA_TM12: 'busy',
  GAIA_RE18: 'busy',
  GAIA_DA02: 'busy',
};

/** Codes are shown in the DOM and in text; keep them to a safe alphabet and length. */
const sanitizeCode = (code: string): string => code.replace(/[^A-Za-z0-9_]/g, '').slice(0, 40) || 'UNKNOWN';

const asText = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 500) : '');

/** Turns whatever kintone.api rejected with into a PanelError. Never throws. */
export function toPanelError(error: unknown): PanelError {
  if (error instanceof PanelError) return error;
  // kintone.api rejects with a SyntaxError when a 200 answer's body is not JSON.
  if (error instanceof SyntaxError) return new PanelError('INVALID', 'invalid');
  if (typeof error === 'object' && error !== null) {
    const { code, message, status } = error as { code?: unknown; message?: unknown; status?: unknown };
    if (typeof code === 'string' && code) {
      const safe = sanitizeCode(code);
      return new PanelError(safe, KIND_BY_CODE[safe] ?? 'unknown', asText(message));
    }
    if (status === 429 || status === 503) return new PanelError('BUSY', 'busy', asText(message));
    if (Number.isInteger(status) && (status as number) >= 400 && (status as number) < 600) {
      return new PanelError(`HTTP_${status}`, 'unknown', asText(message));
    }
  }
  // fetch/XHR failures reject with TypeError or an opaque value: the request never got an answer.
  return new PanelError('NETWORK', 'network', error instanceof Error ? asText(error.message) : '');
}

export const isRetryable = (error: PanelError): boolean => error.kind === 'busy';
