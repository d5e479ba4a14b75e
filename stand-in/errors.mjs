// kintone's error contract: JSON { code, id, message } with the HTTP status kintone uses for that code.
import { randomBytes } from 'node:crypto';

export const ERRORS = {
  CB_NO02: [403, 'No privilege to proceed.'],
  GAIA_AP01: [404, 'The app (ID: {app}) not found. The app may have been deleted.'],
  GAIA_IL23: [400, 'You need to specify the guest space ID to perform an operation on an app in a guest space.'],
  GAIA_IL26: [400, 'The specified space ID does not match the app.'],
  CB_VA01: [400, 'Missing or invalid input.'],
  CB_WA01: [401, 'Password authentication failed.'],
  GAIA_PL18: [400, 'The plug-in file is invalid.'],
  GAIA_PL22: [400, 'The plug-in is already installed.'],
  CB_NF01: [404, 'The requested API does not exist.'],
  CB_IJ01: [400, 'Invalid JSON string.'],
  GAIA_RE01: [404, 'The specified record (ID: {id}) is not found.'],
  GAIA_IQ11: [400, 'The specified field ({field}) does not exist.'],
  // A settings write or deploy whose `revision` is not the app's pre-live revision (kintone's optimistic lock).
  GAIA_CO02: [409, 'The revision is not the latest. Someone may have updated the app settings.'],
  // Too many concurrent requests on the domain (the `busy` scenario switch answers it). UNVERIFIED — not in
  // kintone's REST reference found here: the code, status and message as recorded from a live domain by a public
  // kintone emulator project. The plugin treats this and a code-less or text answer alike (busy), so it relies on
  // neither the code nor the status.
  GAIA_TO04: [429, 'The number of concurrent API requests exceeds the limit.'],
};

export class KintoneError extends Error {
  constructor(code, params, errors) {
    const [status, template] = ERRORS[code];
    super(template.replace(/\{(\w+)\}/g, (_, k) => String(params?.[k] ?? '')));
    this.code = code;
    this.status = status;
    this.errors = errors;
  }

  body() {
    return {
      code: this.code,
      id: randomBytes(10).toString('base64url'),
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}
