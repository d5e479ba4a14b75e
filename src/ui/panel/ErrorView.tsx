import type { ApiError } from '../../api/errors';
import type { MessageKey, Translate } from '../../i18n';
import './ErrorView.css';

/** A failed read: our sentence for the kind of failure, kintone's own words as detail, and Retry. */
export function ErrorView({
  error,
  onRetry,
  t,
}: {
  /** An ApiError, or a kind's KindError: the same three fields. */
  error: Pick<ApiError, 'code' | 'detail'> & { kind: string };
  onRetry: () => void;
  t: Translate;
}) {
  return (
    <div class="knm-error" role="alert" data-error-code={error.code}>
      <p class="knm-error-title">{t(`error.${error.kind}` as MessageKey)}</p>
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
