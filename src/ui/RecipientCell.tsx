import type { MatrixRow } from '../model/types';
import type { MessageKey, Translate } from '../i18n';

/** The recipient column: type (icon + word), name or label, code, and badges that change its meaning. */
export function RecipientCell({ row, t }: { row: MatrixRow; t: Translate }) {
  const { type, code, includeSubs } = row.recipient;
  const typeWord = row.known ? t(`type.${type}` as MessageKey) : t('type.unknown', { type });
  const kind = t(`kind.${row.kind}`);
  return (
    <th scope="row" class="knm-recipient">
      <span class="knm-type">
        {/* A glyph per type, drawn by the stylesheet; decorative, the word follows. */}
        <span class={`knm-icon knm-icon-${row.known ? type : 'UNKNOWN'}`} aria-hidden="true" />
        {typeWord}
      </span>
      {row.displayName !== undefined && <span class="knm-name">{row.displayName}</span>}
      <code class="knm-code">{code}</code>
      <span class="knm-badges">
        <span class={`knm-badge knm-kind-${row.kind}`}>
          {kind}
        </span>
        {row.guest && <span class="knm-badge knm-guest">{t('guest')}</span>}
        {includeSubs && <span class="knm-badge">{t('includeSubs')}</span>}
        {row.flags.map((flag) => (
          <span key={flag} class="knm-badge knm-flag">
            {t(`flag.${flag}`)}
          </span>
        ))}
      </span>
    </th>
  );
}
