import type { ComponentChildren } from 'preact';
import type { Translate } from '../../i18n';
import './Header.css';

interface HeaderProps {
  t: Translate;
  appName: string;
  revisions: { live?: string; preview?: string };
  notifyToCommenter?: boolean;
  busy: boolean;
  onRefresh: () => void;
  /** More actions after Refresh (Edit). */
  children?: ComponentChildren;
}

/**
 * One line: the app, the live (and differing pre-live) revision, the commenter flag as a sentence, Refresh
 * and Edit. kintone heads the page with the plug-in's name already, so the panel does not repeat it.
 */
export function Header({ t, appName, revisions, notifyToCommenter, busy, onRefresh, children }: HeaderProps) {
  return (
    <header class="knm-header">
      <h2 class="knm-app-name" title={appName}>
        {appName}
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
      {children}
    </header>
  );
}
