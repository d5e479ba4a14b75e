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
