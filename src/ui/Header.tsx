import type { Environment } from '../model/types';
import { useT } from './i18n-context';

interface HeaderProps {
  appName: string;
  revision?: string;
  environment: Environment;
  notifyToCommenter?: boolean;
  busy: boolean;
  onRefresh: () => void;
}

/** The app, the revision on screen, the commenter flag as a sentence, and Refresh. */
export function Header({ appName, revision, environment, notifyToCommenter, busy, onRefresh }: HeaderProps) {
  const t = useT();
  return (
    <header class="knm-header">
      <div class="knm-heading">
        <h2 class="knm-title">{t('title')}</h2>
        <p class="knm-subtitle">
          <span class="knm-app-name">{appName}</span> · {t('subtitle')}
        </p>
      </div>
      <dl class="knm-facts">
        {revision !== undefined && (
          <div data-revision={environment}>
            <dt>{t('revision')}</dt>
            <dd>{revision}</dd>
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
