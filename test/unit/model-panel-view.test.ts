import { describe, expect, it } from 'vitest';
import { buildPanelModel, showView } from '../../src/model/panel-view';
import { buildRows } from '../../src/model/rows';
import { findFindings } from '../../src/model/findings';
import { parseFormFields, parseNotificationSettings } from '../../src/api/validate';
import type { AppSettings } from '../../src/model/types';
import { FIELDS, LIVE, PREVIEW, n } from './support/fixtures';

const appSettings = (live: object, preview?: object): AppSettings => ({
  appId: '1',
  live: parseNotificationSettings(live),
  preview: preview && parseNotificationSettings(preview),
  fields: { live: parseFormFields(FIELDS), preview: parseFormFields(FIELDS) },
  processEnabled: { live: true, preview: true },
  perRecord: { live: undefined, preview: undefined },
  reminder: { live: undefined, preview: undefined },
});

describe('pending changes', () => {
  it('are decided on content: another revision alone (a form or view change) is not pending', () => {
    const settings = appSettings(LIVE, { ...LIVE, revision: '15' });
    const model = buildPanelModel(settings, {});
    expect(model.pending).toBe(false);
    const shown = showView(model, settings, 'diff', model.pending);
    expect(shown.envView).toBe('live');
    expect(shown.findings.map((f) => f.kind)).not.toContain('PENDING_CHANGES');
    // The revisions are still shown.
    expect(shown.revisions).toEqual({ live: '12', preview: '15' });
  });

  it('are pending when recipients differ, and then the view asked for is shown', () => {
    const settings = appSettings(LIVE, PREVIEW);
    const model = buildPanelModel(settings, {});
    expect(model.pending).toBe(true);
    const shown = showView(model, settings, 'preview', model.pending);
    expect(shown.envView).toBe('preview');
    expect(shown.settings.revision).toBe('13');
    expect(shown.items.map((item) => item.row.recipient.code)).toEqual(PREVIEW.notifications.map((x) => x.entity.code));
  });

  it('are pending when only the commenter flag differs', () => {
    const settings = appSettings(LIVE, { ...LIVE, notifyToCommenter: !LIVE.notifyToCommenter });
    expect(buildPanelModel(settings, {}).pending).toBe(true);
  });

  it('shows the same revision once', () => {
    const settings = appSettings(LIVE, LIVE);
    expect(showView(buildPanelModel(settings, {}), settings, 'live', false).revisions).toEqual({ live: '12' });
  });
});

describe('cells that never fire', () => {
  const fields = parseFormFields({
    properties: {
      ...FIELDS.properties,
      Updated_by: { type: 'MODIFIER', code: 'Updated_by', label: 'Updated by' },
    },
  });
  const settings = parseNotificationSettings({
    ...LIVE,
    notifications: [
      n('FIELD_ENTITY', 'Created_by', '11111'),
      n('FIELD_ENTITY', 'Updated_by', '11111'),
      n('USER', 'sato', '11111'),
      n('FIELD_ENTITY', 'Department', '11000'),
    ],
  });

  it('marks Created by on Record added and Updated by on Record edited: kintone never notifies the actor', () => {
    const rows = buildRows(settings, { fields, processEnabled: true });
    expect(rows.map((row) => row.inert)).toEqual([{ recordAdded: 'ACTOR' }, { recordEdited: 'ACTOR' }, {}, {}]);
    const finding = findFindings({ rows }).find((f) => f.kind === 'ACTOR_NEVER_NOTIFIED');
    expect(finding?.rowKeys).toEqual(['FIELD_ENTITY:Created_by', 'FIELD_ENTITY:Updated_by']);
  });

  it('marks Status changed when process management is off, and says nothing when unknown', () => {
    const off = buildRows(settings, { fields, processEnabled: false });
    expect(off.map((row) => row.inert.statusChanged)).toEqual(['PROCESS_OFF', 'PROCESS_OFF', 'PROCESS_OFF', undefined]);
    const unknown = buildRows(settings, {});
    expect(unknown.every((row) => Object.keys(row.inert).length === 0)).toBe(true);
  });

  it('does not mark a trigger that is off', () => {
    const quiet = parseNotificationSettings({ ...LIVE, notifications: [n('FIELD_ENTITY', 'Created_by', '01000')] });
    expect(buildRows(quiet, { fields, processEnabled: false })[0].inert).toEqual({});
  });
});
