// Property tests at the REST boundary: whatever JSON an endpoint sends becomes either a valid model or the
// INVALID error (for the notification settings) or a degraded-but-valid value (for the enrichments), and
// the model functions downstream never throw on what validation lets through.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseApp,
  parseDirectoryEntries,
  parseFormFields,
  parseNotificationSettings,
  parseProcessEnabled,
} from '../../src/api/validate';
import { ApiError, toApiError } from '../../src/api/errors';
import { buildRows } from '../../src/model/rows';
import { diffSettings } from '../../src/model/diff';
import { findFindings } from '../../src/model/findings';
import { filterRows, parseView, sortRows, totalsOf } from '../../src/model/view';
import { toCsv, toMarkdown } from '../../src/model/export';
import { TRIGGERS } from '../../src/model/types';

const RUNS = { numRuns: 400 };

/** Strings that matter here: markup, template syntax, bidi and zero-width characters, emoji, long runs. */
const nastyString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    // eslint-disable-next-line no-script-url -- a hostile value the boundary must carry as text
    'javascript:alert(1)',
    '{{7*7}}',
    '\u202e',
    '\u200b',
    '👩‍💻',
    '=1+1',
    'guest/x',
    '',
  ),
  fc.string({ minLength: 1000, maxLength: 3000 }),
);

const entityType = fc.oneof(fc.constantFrom('USER', 'GROUP', 'ORGANIZATION', 'FIELD_ENTITY'), nastyString);

/** Bodies that are usually valid, with a chance of any field being replaced by arbitrary JSON. */
const recipient = fc.record({
  entity: fc.oneof(
    { weight: 9, arbitrary: fc.record({ type: entityType, code: nastyString }) },
    { weight: 1, arbitrary: fc.jsonValue() },
  ),
  includeSubs: fc.oneof({ weight: 9, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.jsonValue() }),
  ...Object.fromEntries(
    TRIGGERS.map((t) => [
      t,
      fc.oneof({ weight: 19, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.jsonValue() }),
    ]),
  ),
});
const settingsBody = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      notifications: fc.array(recipient, { maxLength: 30 }),
      notifyToCommenter: fc.boolean(),
      revision: fc.string(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { notifications: fc.jsonValue(), notifyToCommenter: fc.jsonValue(), revision: fc.jsonValue() },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);

const parseOrInvalid = (body: unknown) => {
  try {
    return parseNotificationSettings(body);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('INVALID');
    return undefined;
  }
};

describe('boundary fuzzing', () => {
  it('general notifications: a valid model or INVALID, never anything else', () => {
    fc.assert(
      fc.property(settingsBody, (body) => {
        const settings = parseOrInvalid(body);
        if (!settings) return;
        expect(typeof settings.revision).toBe('string');
        for (const r of settings.recipients) {
          expect(typeof r.type).toBe('string');
          expect(typeof r.code).toBe('string');
          for (const t of TRIGGERS) expect(typeof r.triggers[t]).toBe('boolean');
        }
      }),
      RUNS,
    );
  });

  it('enrichment endpoints (app, fields, status) never throw on any JSON; the User API’s only says INVALID', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('users', 'groups', 'organizations'), (body, listKey) => {
        parseApp(body);
        parseProcessEnabled(body);
        for (const field of parseFormFields(body).values()) expect(typeof field.label).toBe('string');
        parseFormFields({ properties: body });
        // The User API's parser either reads entries with names or says INVALID: nothing else escapes.
        for (const candidate of [body, { [listKey]: body }]) {
          try {
            for (const entry of parseDirectoryEntries(candidate, listKey)) expect(typeof entry.name).toBe('string');
          } catch (error) {
            expect(error).toMatchObject({ code: 'INVALID' });
          }
        }
      }),
      RUNS,
    );
  });

  it('any rejection value maps to an ApiError with a safe code', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ code: nastyString, message: fc.jsonValue(), status: fc.integer() }, { requiredKeys: [] }),
        ),
        (raw) => {
          const error = toApiError(raw);
          expect(error).toBeInstanceOf(ApiError);
          expect(error.code).toMatch(/^[A-Za-z0-9_]{1,40}$/);
        },
      ),
      RUNS,
    );
  });

  it('everything downstream of validation runs on any valid pair of settings', () => {
    fc.assert(
      fc.property(settingsBody, settingsBody, nastyString, fc.string(), (a, b, text, storedView) => {
        const live = parseOrInvalid(a);
        const preview = parseOrInvalid(b);
        if (!live || !preview) return;
        const rows = buildRows(live);
        const diff = diffSettings(live, preview);
        expect(diff.rows.filter((r) => r.change !== 'removed').length).toBe(preview.recipients.length);
        findFindings({ rows, pendingChanges: diff.hasDifferences });
        const view = { ...parseView(storedView), text };
        const shown = sortRows(filterRows(rows, view), { column: 'recipient', dir: 'asc' });
        expect(shown.length).toBeLessThanOrEqual(rows.length);
        totalsOf(shown);
        const table = shown.map((r) => [r.recipient.type, r.recipient.code]);
        expect(toCsv(table).startsWith('\uFEFF')).toBe(true);
        expect(toMarkdown([['type', 'code'], ...table]).split('\n').length).toBe(table.length + 3);
      }),
      { numRuns: 200 },
    );
  });
});
