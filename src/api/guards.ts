/** Small type guards for the REST boundary; a failed check is the INVALID error naming where it failed. */
import { ApiError } from './errors';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The INVALID error, naming the path of the first value that is missing or of the wrong type. */
export const invalid = (where: string): never => {
  throw new ApiError('INVALID', 'invalid', `${where} is missing or of the wrong type`);
};

export function field<T>(obj: Json, key: string, where: string, check: (v: unknown) => v is T): T {
  const value = obj[key];
  return check(value) ? value : invalid(`${where}.${key}`);
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
