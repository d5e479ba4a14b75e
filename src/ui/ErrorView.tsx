import type { ApiError } from '../api/errors';
import type { Translate } from '../i18n';

/** A failed read: our sentence for the kind of failure, kintone's own words as detail, and Retry. */
export function ErrorView({ error, onRetry, t }: { error: ApiError; onRetry: () => void; t: Translate }) {
  return (
    <div class="knm-error" role="alert" data-error-code={error.code}>
      <p class="knm-error-title">{t(`error.${error.kind}`)}</p>
      <p class="knm-error-detail">
        <code>{error.code}</code>
        {error.detail && ` — ${error.detail}`}
      </p>
      <button type="button" class="knm-button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
