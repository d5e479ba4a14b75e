// Property tests for the per-record and reminder boundary: any JSON becomes a valid model or INVALID, and
// everything downstream (items, differences, findings, Everyone, timing words, conditions) runs on it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePerRecordSettings, parseReminderSettings } from '../../src/api/validate-kinds';
import { diffNotifications, notificationItems } from '../../src/model/kinds';
import { findKindFindings } from '../../src/model/kind-findings';
import { everyoneView } from '../../src/model/everyone';
import { describeQuery, parseQuery } from '../../src/model/query';
import { QUERY_WORDS } from '../../src/i18n/query-words';
import { timingWords } from '../../src/ui/matrix/timing-words';
import { translator } from '../../src/i18n';
import type { ReminderNotification } from '../../src/model/types';

const RUNS = { numRuns: 300 };
const nasty = fc.oneof(fc.string(), fc.constantFrom('<script>x</script>', '"', '\\', '\u202e', '-1', '9'.repeat(30)));
const target = fc.record({
  entity: fc.record({ type: fc.constantFrom('USER', 'GROUP', 'ORGANIZATION', 'FIELD_ENTITY', 'ROBOT'), code: nasty }),
  includeSubs: fc.boolean(),
});
const timing = fc.record(
  {
    code: nasty,
    daysLater: fc.oneof(fc.integer({ min: -10_000, max: 10_000 }).map(String), fc.integer(), nasty),
    hoursLater: fc.oneof(fc.integer({ min: -100, max: 100 }).map(String), nasty),
    time: fc.oneof(fc.constantFrom('09:00', '23:50'), nasty),
  },
  { requiredKeys: ['code', 'daysLater'] },
);
const notification = fc.record(
  { filterCond: fc.oneof(nasty, fc.constant(null)), title: nasty, targets: fc.array(target, { maxLength: 5 }), timing },
  { requiredKeys: ['title', 'targets'] },
);
const body = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      notifications: fc.array(notification, { maxLength: 6 }),
      timezone: fc.oneof(fc.constant(null), fc.string()),
      revision: fc.string(),
    }),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);

const orInvalid = <T>(parse: (b: unknown) => T, b: unknown): T | undefined => {
  try {
    return parse(b);
  } catch (error) {
    expect(error).toMatchObject({ code: 'INVALID' });
    return undefined;
  }
};

describe('per-record and reminder boundary fuzzing', () => {
  it('a valid model or INVALID, and everything downstream runs on what passes', () => {
    const t = translator('en');
    fc.assert(
      fc.property(body, body, (a, b) => {
        for (const parse of [parsePerRecordSettings, parseReminderSettings]) {
          const live = orInvalid(parse, a);
          const preview = orInvalid(parse, b);
          if (!live || !preview) continue;
          const kind = parse === parseReminderSettings ? 'reminder' : 'perRecord';
          const items = notificationItems(kind, live.notifications, {});
          const diff = diffNotifications(kind, live.notifications, preview.notifications, { live: {}, preview: {} });
          expect(diff.filter((item) => item.change !== 'removed')).toHaveLength(preview.notifications.length);
          findKindFindings({ items, fields: new Map(), timezone: null });
          everyoneView([], items);
          for (const n of live.notifications) {
            const query = parseQuery(n.filterCond);
            if (query) expect(typeof describeQuery(query, QUERY_WORDS.ja, () => undefined)).toBe('string');
            if ('timing' in n) expect(typeof timingWords((n as ReminderNotification).timing, 'F', t)).toBe('string');
          }
        }
      }),
      RUNS,
    );
  });
});
