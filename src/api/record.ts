/**
 * The record lens's reads, GET only and only on Check: the record itself and whether kintone says it meets
 * each distinct condition. kintone evaluates the conditions (`$id = N and (COND)`): its query semantics are
 * never reimplemented here. Nothing is cached: records change between checks.
 */
import { atMostSix, kintoneGet } from './request';
import { ApiError, toApiError } from './errors';
import { invalid, isObject } from './guards';
import type { KintoneRecord } from '../model/record-recipients';

/**
 * kintone's URLs stop at 8 KB (cybozu.dev, "REST APIのGETの3つの方法"); a longer one is answered 414. A condition
 * that would make the query's URL longer is not sent: its answer is URL_TOO_LONG, never a 414.
 */
const URL_LIMIT = 8 * 1024;

/** GET record.json: the record's fields; an answer without a record object is INVALID. */
export async function loadRecord(appId: string, id: string): Promise<KintoneRecord> {
  const body = await kintoneGet('/k/v1/record.json', { app: appId, id });
  return isObject(body) && isObject(body.record) ? (body.record as KintoneRecord) : invalid('record');
}

/**
 * For each condition, whether record `id` meets it (kintone answers the record, or nothing), or the error
 * kintone refused it with (a deleted field answers 400): never a guess. At most six at once.
 */
export async function conditionsMet(
  appId: string,
  id: string,
  conditions: string[],
): Promise<Map<string, boolean | ApiError>> {
  const met = new Map<string, boolean | ApiError>();
  await atMostSix(conditions, async (condition) => {
    const params = { app: appId, query: `$id = ${id} and (${condition})`, fields: ['$id'] };
    try {
      if (kintone.api.urlForGet('/k/v1/records.json', params, true).length > URL_LIMIT)
        throw new ApiError('URL_TOO_LONG', 'badRequest');
      const body = await kintoneGet('/k/v1/records.json', params);
      met.set(condition, isObject(body) && Array.isArray(body.records) ? body.records.length > 0 : invalid('records'));
    } catch (error) {
      met.set(condition, toApiError(error));
    }
  });
  return met;
}
