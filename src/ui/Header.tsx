import type { Translate } from '../i18n';

interface HeaderProps {
  t: Translate;
  appName: string;
  revisions: { live?: string; preview?: string };
  notifyToCommenter?: boolean;
  busy: boolean;
  onRefresh: () => void;
}

/** The app, the live (and differing pre-live) revision, the commenter flag as a sentence, and Refresh. */
export function Header({ t, appName, revisions, notifyToCommenter, busy, onRefresh }: HeaderProps) {
  return (
    <header class="knm-header">
      <h2 class="knm-heading">
        {t('title')}
        <span class="knm-app-name">{appName}</span>
      </h2>
      <dl class="knm-facts">
        {revisions.live !== undefined && (
          <div data-revision="live">
            <dt>{t('revision')}</dt>
            <dd>{revisions.live}</dd>
          </div>
        )}
        {revisions.preview !== undefined && (
          <div data-revision="preview">
            <dt>{t('revisionPreview')}</dt>
            <dd>{revisions.preview}</dd>
          </div>
        )}
        {notifyToCommenter !== undefined && (
          <div data-notify-to-commenter={String(notifyToCommenter)}>
            <dt>{t('commenterSentence')}</dt>
            <dd>{notifyToCommenter ? t('yes') : t('no')}</dd>
          </div>
        )}
      </dl>
      <button type="button" class="knm-button" onClick={onRefresh} aria-disabled={busy}>
        {t('refresh')}
      </button>
    </header>
  );
}
