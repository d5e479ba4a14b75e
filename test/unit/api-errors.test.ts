import { describe, expect, it } from 'vitest';
import { toApiError, ApiError } from '../../src/api/errors';

describe('toApiError', () => {
  it.each([
    ['CB_NO02', 'permission'],
    ['GAIA_AP01', 'notFound'],
    ['GAIA_IL23', 'guestSpace'],
    ['CB_VA01', 'badRequest'],
    ['GAIA_RE18', 'busy'],
    ['GAIA_DA02', 'busy'],
    // Cursor limit, not a busy domain: retrying would not help.
    ['GAIA_TM12', 'unknown'],
    ['GAIA_XX99', 'unknown'],
  ])('maps kintone code %s to %s and keeps kintone’s message as detail', (code, kind) => {
    const error = toApiError({ code, id: 'abc', message: 'kintone says so' });
    expect(error).toMatchObject({ code, kind, detail: 'kintone says so' });
  });

  it.each([
    [{ status: 429, message: 'Too Many Requests' }, 'BUSY', 'busy'],
    [{ status: 503, message: 'Service Unavailable' }, 'BUSY', 'busy'],
    [{ status: 500 }, 'HTTP_500', 'unknown'],
    // A busy status wins over whatever code the body carries (kintone documents none for 429).
    [{ status: 429, code: 'SOME_NEW01', message: 'Busy' }, 'SOME_NEW01', 'busy'],
    [{ status: 503, code: 'CB_VA01' }, 'CB_VA01', 'busy'],
    // A non-JSON error answer handed over as its text: no usable answer.
    ['<html>429 Too Many Requests</html>', 'NETWORK', 'network'],
    [new SyntaxError('Unexpected end of JSON'), 'INVALID', 'invalid'],
    [new TypeError('Failed to fetch'), 'NETWORK', 'network'],
    [undefined, 'NETWORK', 'network'],
    [null, 'NETWORK', 'network'],
    ['boom', 'NETWORK', 'network'],
    [{}, 'NETWORK', 'network'],
  ])('maps %o to %s', (raw, code, kind) => {
    expect(toApiError(raw)).toMatchObject({ code, kind });
  });

  it('sanitises codes that carry markup and truncates long messages', () => {
    const error = toApiError({ code: '<img src=x onerror=alert(1)>CB_NO02', message: 'x'.repeat(5000) });
    expect(error.code).toMatch(/^[A-Za-z0-9_]+$/);
    expect(error.detail.length).toBeLessThanOrEqual(500);
    expect(toApiError({ code: '<>' }).code).toBe('UNKNOWN');
  });

  it('names the first thing kintone refused, from its `errors`', () => {
    const error = toApiError({
      code: 'CB_VA01',
      id: 'x',
      message: 'Missing or invalid input.',
      errors: { 'notifications[3].entity.code': { messages: ['The field (code: Old) not found.'] } },
    });
    expect(error.detail).toBe(
      'Missing or invalid input. notifications[3].entity.code: The field (code: Old) not found.',
    );
  });

  it('passes an ApiError through unchanged', () => {
    const error = new ApiError('TIMEOUT', 'timeout');
    expect(toApiError(error)).toBe(error);
  });
});
