import type { SettingsDiff } from '../../model/diff';
import type { NotificationSettings } from '../../model/types';
import type { Translate } from '../../i18n';
import './DiffSummary.css';

interface DiffSummaryProps {
  diff: SettingsDiff;
  live: NotificationSettings;
  preview: NotificationSettings;
  t: Translate;
}

/** One line that sums up the differences, plus the commenter flag when it differs (revisions are in the header). */
export function DiffSummary({ diff, live, preview, t }: DiffSummaryProps) {
  const { summary } = diff;
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  return (
    <div class="knm-diff-summary" data-diff-summary="">
      <p>{t('diffSummary', { ...summary, cells: summary.triggersChanged })}</p>
      {diff.notifyToCommenterChanged && (
        <p data-commenter-change="">
          {t('diffCommenter', { from: yesNo(live.notifyToCommenter), to: yesNo(preview.notifyToCommenter) })}
        </p>
      )}
    </div>
  );
}
