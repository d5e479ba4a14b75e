/**
 * The record lens's reads, GET only and only on Check: the record itself and whether kintone says it meets
 * each distinct condition. kintone evaluates the conditions (`$id = N and (COND)`): its query semantics are
 * never reimplemented here. Nothing is cached: records change between checks.
 */
import { kintoneGet } from './request';
import { toApiError, type ApiError } from './errors';
import { invalid, isObject } from './guards';
import type { KintoneRecord } from '../model/record-recipients';

/** How many condition reads may be in flight at once (kintone limits concurrent requests per domain). */
const IN_FLIGHT = 6;

/** GET record.json: the record's fields; an answer without a record object is INVALID. */
export async function loadRecord(appId: string, id: string): Promise<KintoneRecord> {
  const body = await kintoneGet('/k/v1/record.json', { app: appId, id });
  return isObject(body) && isObject(body.record) ? (body.record as KintoneRecord) : invalid('record');
}

/**
 * For each condition, whether record `id` meets it (kintone answers the record, or nothing), or the error
 * kintone refused it with (a deleted field answers 400): never a guess. At most IN_FLIGHT at once.
 */
export async function conditionsMet(
  appId: string,
  id: string,
  conditions: string[],
): Promise<Map<string, boolean | ApiError>> {
  const met = new Map<string, boolean | ApiError>();
  let next = 0;
  const worker = async () => {
    while (next < conditions.length) {
      const condition = conditions[next++];
      try {
        const body = await kintoneGet('/k/v1/records.json', {
          app: appId,
          query: `$id = ${id} and (${condition})`,
          fields: ['$id'],
        });
        met.set(
          condition,
          isObject(body) && Array.isArray(body.records) ? body.records.length > 0 : invalid('records'),
        );
      } catch (error) {
        met.set(condition, toApiError(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, conditions.length) }, worker));
  return met;
}
