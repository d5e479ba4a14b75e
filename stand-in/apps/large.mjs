// The large sample app's recipients, generated rather than stored: a realistic mix of types, codes that
// sort naturally, and trigger patterns that vary row by row. Deterministic, so tests and bench agree.
const TRIGGERS = ['recordAdded', 'recordEdited', 'commentAdded', 'statusChanged', 'fileImported'];
const TYPES = ['USER', 'USER', 'USER', 'GROUP', 'ORGANIZATION', 'FIELD_ENTITY'];

function codeOf(type, i) {
  // Field codes are unique per app: one user-selection field per FIELD_ENTITY row, and Created by once.
  if (type !== 'FIELD_ENTITY') return `${type.toLowerCase()}-${String(i).padStart(5, '0')}`;
  return i === 5 ? 'Created_by' : `User_selection_${i}`;
}

export function largeNotifications(count) {
  return Array.from({ length: count }, (_, i) => {
    const type = TYPES[i % TYPES.length];
    const row = { entity: { type, code: codeOf(type, i) }, includeSubs: type === 'ORGANIZATION' && i % 4 === 0 };
    TRIGGERS.forEach((trigger, t) => (row[trigger] = (i * 7 + t * 3) % 5 < 2));
    return row;
  });
}

/** The generated DATE field the large app's reminders are timed on; fieldsOf adds it to the large app's form. */
export const LARGE_DATE_FIELD = {
  type: 'DATE',
  code: 'Publish_date',
  label: 'Publish date',
  noLabel: false,
  required: false,
  unique: false,
  defaultValue: '',
  defaultNowValue: false,
};

const RULES = 50;
const TARGETS = 20;

/**
 * `TARGETS` recipients for rule `n`, drawn deterministically from the same generated recipients as the general
 * settings (`largeNotifications(count)`): distinct within a rule, so every FIELD_ENTITY target exists in the form.
 */
function targetsOf(recipients, n, salt) {
  const picked = new Set();
  let at = (n * 37 + salt) % recipients.length;
  while (picked.size < Math.min(TARGETS, recipients.length)) {
    while (picked.has(at)) at = (at + 1) % recipients.length;
    picked.add(at);
    at = (at + 101) % recipients.length;
  }
  return [...picked].map((i) => ({ entity: { ...recipients[i].entity }, includeSubs: recipients[i].includeSubs }));
}

const pad = (n) => String(n + 1).padStart(2, '0');

/** 50 per-record notifications of the large app (body of perRecord.json minus revision). */
export function largePerRecord(count) {
  const recipients = largeNotifications(count);
  return {
    notifications: Array.from({ length: RULES }, (_, n) => ({
      filterCond: n % 10 === 0 ? '' : `Title like "Notice ${pad(n)}"`,
      title: `Announcement rule ${pad(n)}`,
      targets: targetsOf(recipients, n, 0),
    })),
  };
}

/** 50 reminders of the large app on LARGE_DATE_FIELD (body of reminder.json minus revision). */
export function largeReminders(count) {
  const recipients = largeNotifications(count);
  return {
    notifications: Array.from({ length: RULES }, (_, n) => ({
      timing: {
        code: LARGE_DATE_FIELD.code,
        daysLater: String((n % 7) - 3),
        time: `${String(8 + (n % 10)).padStart(2, '0')}:${String((n % 6) * 10).padStart(2, '0')}`,
      },
      filterCond: n % 5 === 0 ? '' : `Title like "Notice ${pad(n)}"`,
      title: `Publication reminder ${pad(n)}`,
      targets: targetsOf(recipients, n, 13),
    })),
    timezone: 'Asia/Tokyo',
  };
}
