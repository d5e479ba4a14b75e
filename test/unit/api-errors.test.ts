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
    ['GAIA_TO04', 'busy'],
    // Cursor limit, not a busy domain: retrying would not help.
    ['GAIA_TM12', 'unknown'],
    ['GAIA_XX99', 'unknown'],
  ])('maps kintone code %s to %s and keeps kintone’s message as detail', (code, kind) => {
    const error = toApiError({ code, id: 'abc', message: 'kintone says so' });
    expect(error).toMatchObject({ code, kind, detail: 'kintone says so' });
  });

  it.each([
    // kintone's answer when the domain has too many concurrent requests (HTTP 429, recorded from a live domain).
    [
      { code: 'GAIA_TO04', id: 'x', message: 'The number of concurrent API requests exceeds the limit.' },
      'GAIA_TO04',
      'busy',
    ],
    // A JSON body without a kintone code: a gateway or proxy answered, not kintone's API.
    [{ message: 'Service Unavailable' }, 'BUSY', 'busy'],
    [{}, 'BUSY', 'busy'],
    [{ code: '' }, 'BUSY', 'busy'],
    // A body that is not JSON reaches the caller as its text (a gateway's 503 page).
    ['<html><body><h1>503 Service Unavailable</h1></body></html>', 'BUSY', 'busy'],
    ['', 'BUSY', 'busy'],
    // An Error: the request never got an answer, or a 200 answer was not JSON.
    [new SyntaxError('Unexpected end of JSON'), 'INVALID', 'invalid'],
    [new TypeError('Failed to fetch'), 'NETWORK', 'network'],
    [undefined, 'NETWORK', 'network'],
    [null, 'NETWORK', 'network'],
    // A status never reaches the caller: an object that carries one is a body without a code like any other.
    [{ status: 500 }, 'BUSY', 'busy'],
  ])('maps %o to %s', (raw, code, kind) => {
    expect(toApiError(raw)).toMatchObject({ code, kind });
  });

  it('reports what kintone sent with a busy answer: the text without its tags, or the JSON', () => {
    expect(toApiError('<html><body><h1>503 Service Unavailable</h1></body></html>').detail).toBe(
      '503 Service Unavailable',
    );
    expect(toApiError({ message: 'Service Unavailable' }).detail).toBe('Service Unavailable');
    expect(toApiError({ error: 'overloaded' }).detail).toBe('{"error":"overloaded"}');
    expect(
      toApiError({ code: 'GAIA_TO04', message: 'The number of concurrent API requests exceeds the limit.' }).detail,
    ).toBe('The number of concurrent API requests exceeds the limit.');
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
