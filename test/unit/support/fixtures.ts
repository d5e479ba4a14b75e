// Realistic answers in kintone's wire format (see shared/reference/get-general-notification-settings.txt).
const triggers = (bits: string) => ({
  recordAdded: bits[0] === '1',
  recordEdited: bits[1] === '1',
  commentAdded: bits[2] === '1',
  statusChanged: bits[3] === '1',
  fileImported: bits[4] === '1',
});

export const n = (type: string, code: string, bits: string, includeSubs = false) => ({
  entity: { type, code },
  includeSubs,
  ...triggers(bits),
});

export const LIVE = {
  notifications: [
    n('USER', 'sato', '11110'),
    n('USER', 'guest/alice@partner.example', '10000'),
    n('GROUP', 'sales-managers', '01010'),
    n('ORGANIZATION', 'sales', '11000', true),
    n('FIELD_ENTITY', 'Created_by', '00110'),
    n('FIELD_ENTITY', 'Department', '10000', true),
    n('USER', 'kimura', '00000'),
    n('ROBOT', 'r2d2', '11111'),
  ],
  notifyToCommenter: true,
  revision: '12',
};

export const PREVIEW = {
  notifications: [
    n('USER', 'sato', '10110'),
    n('GROUP', 'sales-managers', '01010'),
    n('ORGANIZATION', 'sales', '11000', false),
    n('FIELD_ENTITY', 'Created_by', '00110'),
    n('USER', 'suzuki', '11000'),
  ],
  notifyToCommenter: false,
  revision: '13',
};

export const FIELDS = {
  properties: {
    Created_by: { type: 'CREATOR', code: 'Created_by', label: 'Created by', noLabel: false },
    Department: { type: 'ORGANIZATION_SELECT', code: 'Department', label: 'Requesting department', noLabel: false },
    Title: { type: 'SINGLE_LINE_TEXT', code: 'Title', label: 'Title', noLabel: false },
  },
  revision: '12',
};

export const STATUS_ON = { enable: true, states: {}, actions: [], revision: '12' };
export const STATUS_OFF = { enable: false, states: null, actions: null, revision: '12' };
export const APP = {
  appId: '1',
  code: '',
  name: 'Sales team tasks',
  description: '',
  spaceId: null,
  creator: { code: 'sato', name: 'Sato Hiroshi' },
};

export const USERS = {
  users: [
    { id: '1', code: 'sato', name: 'Sato Hiroshi', valid: true },
    { id: '2', code: 'kimura', name: 'Kimura Aoi', valid: false },
  ],
};
export const GROUPS = { groups: [{ id: '1', code: 'sales-managers', name: 'Sales managers' }] };
export const ORGS = { organizations: [{ id: '1', code: 'sales', name: 'Sales Division' }] };

const target = (type: string, code: string, includeSubs = false) => ({ entity: { type, code }, includeSubs });

export const PER_RECORD = {
  notifications: [
    { filterCond: 'Status in ("Done")', title: 'Task done', targets: [target('GROUP', 'sales-managers')] },
    { filterCond: '', title: '', targets: [target('USER', 'sato'), target('ORGANIZATION', 'sales', true)] },
  ],
  revision: '12',
};

export const REMINDER = {
  notifications: [
    {
      timing: { code: 'Created_by', daysLater: '-1', time: '09:00' },
      filterCond: '',
      title: 'Due tomorrow',
      targets: [target('USER', 'tanaka')],
    },
  ],
  timezone: 'Asia/Tokyo',
  revision: '12',
};

/** Every read the panel makes, answered for a healthy app. */
export const healthyApp = (overrides: Record<string, unknown> = {}) => ({
  '/k/v1/app/notifications/general.json': LIVE,
  '/k/v1/preview/app/notifications/general.json': PREVIEW,
  '/k/v1/app.json': APP,
  '/k/v1/app/form/fields.json': FIELDS,
  '/k/v1/preview/app/form/fields.json': FIELDS,
  '/k/v1/app/status.json': STATUS_ON,
  '/k/v1/preview/app/status.json': STATUS_ON,
  '/k/v1/app/notifications/perRecord.json': PER_RECORD,
  '/k/v1/preview/app/notifications/perRecord.json': PER_RECORD,
  '/k/v1/app/notifications/reminder.json': REMINDER,
  '/k/v1/preview/app/notifications/reminder.json': REMINDER,
  '/v1/users.json': USERS,
  '/v1/groups.json': GROUPS,
  '/v1/organizations.json': ORGS,
  ...overrides,
});
