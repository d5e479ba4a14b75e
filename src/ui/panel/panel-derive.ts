/**
 * What the panel shows, derived from the load's parts. Each derivation is memoised and keyed by the parts
 * of the load it reads, so a late read rebuilds only what uses it (a row is built once and reused while its
 * item is the same object).
 */
import { buildPanelModel, showView, type PanelModel } from '../../model/panel-view';
import { kindsDiffer, showKinds } from '../../model/kinds-view';
import { everyoneView } from '../../model/everyone';
import type { EnvView, ViewState } from '../../model/view';
import type { AppSettings, Directory, MatrixItem } from '../../model/types';
import type { NotificationItem } from '../../model/kinds';
import type { Language, Translate } from '../../i18n';
import type { NotificationColumn } from '../matrix/Matrix';
import { notificationWords } from '../matrix/notification-words';
import { memoLast } from '../memo';

export class PanelDerivation {
  private model = memoLast(
    (
      live: AppSettings['live'],
      preview: AppSettings['preview'],
      fields: AppSettings['fields'],
      processEnabled: AppSettings['processEnabled'],
      directory: Directory,
    ) => buildPanelModel({ live, preview, fields, processEnabled }, directory),
  );
  private shownView = memoLast(showView);
  private kindsPending = memoLast((perRecord: AppSettings['perRecord'], reminder: AppSettings['reminder']) =>
    kindsDiffer({ perRecord, reminder }),
  );
  private kinds = memoLast(
    (
      perRecord: AppSettings['perRecord'],
      reminder: AppSettings['reminder'],
      fields: AppSettings['fields'],
      directory: Directory,
      env: EnvView,
    ) => showKinds({ perRecord, reminder, fields }, directory, env),
  );
  private everyone = memoLast(
    (general: MatrixItem[], perRecord: NotificationItem[] = [], reminders: NotificationItem[] = []) =>
      everyoneView(general, [...perRecord, ...reminders]),
  );

  /**
   * The Everyone view's notification columns: headed "P1", "R1" (kind initial and number) over the summary cut
   * to the column; the kind, number, summary, condition and timing in full in the title and the legend.
   */
  columns = memoLast(
    (
      everyone: ReturnType<typeof everyoneView>,
      fields: AppSettings['fields']['live'],
      language: Language,
      t: Translate,
    ) =>
      everyone.columns.map(({ id, item }): NotificationColumn => {
        const { title, filterCond } = item.notification;
        const { when, condition = filterCond } = notificationWords(item.notification, fields, language, t);
        const number = item.index + 1;
        return {
          id,
          label: `${t(`column.${item.kind}`)}${number}`,
          title,
          detail: `${t(`kind.${item.kind}`)} #${number}${title ? `: ${title}` : ''} — ${when ? `${when}, ` : ''}${condition}`,
        };
      }),
  );

  /** The model, whether pre-live differs, the view on screen, the per-record and reminder lists, and Everyone. */
  derive(settings: AppSettings, directory: Directory, view: ViewState) {
    const { live, preview, fields, processEnabled } = settings;
    const model: PanelModel = this.model(live, preview, fields, processEnabled, directory);
    const pending = model.pending || this.kindsPending(settings.perRecord, settings.reminder);
    const shown = this.shownView(model, settings, view.envView, pending);
    const kinds = this.kinds(settings.perRecord, settings.reminder, fields, directory, shown.envView);
    const everyone = this.everyone(shown.items, kinds.perRecord.items, kinds.reminder.items);
    return { model, pending, shown, kinds, everyone };
  }
}
