import type { Finding } from '../../model/findings';
import type { Translate } from '../../i18n';
import './Findings.css';

/** How many rows a finding names before it says "+N more". */
const NAMED_ROWS = 5;

interface FindingsProps {
  findings: Finding[];
  /** What to call a row or notification a finding names. */
  nameOf: (key: string) => string;
  /** Moves focus to it. */
  onShow: (key: string) => void;
  t: Translate;
}

/** Things an admin should act on; each named row or notification is a button that moves focus to it. */
export function Findings({ findings, nameOf, onShow, t }: FindingsProps) {
  if (findings.length === 0) return null;
  return (
    <section class="knm-findings">
      <h3>{t('findings')}</h3>
      <ul>
        {findings.map(({ kind, severity, rowKeys }) => (
          <li key={kind} data-finding={kind} class={`knm-finding knm-${severity}`}>
            <span>{t(`finding.${kind}`)}</span>
            {rowKeys.slice(0, NAMED_ROWS).map((key) => (
              <button type="button" key={key} class="knm-link" data-row-key={key} onClick={() => onShow(key)}>
                {nameOf(key)}
              </button>
            ))}
            {rowKeys.length > NAMED_ROWS && (
              <span class="knm-more">{t('more', { count: rowKeys.length - NAMED_ROWS })}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
