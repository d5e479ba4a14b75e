import type { Finding } from '../model/findings';
import type { MatrixItem } from '../model/types';
import type { Translate } from '../i18n';

/** How many rows a finding names before it says "+N more". */
const NAMED_ROWS = 5;

interface FindingsProps {
  findings: Finding[];
  /** The rows on screen, to name a finding's rows. */
  items: MatrixItem[];
  onShowRow: (key: string) => void;
  t: Translate;
}

/** Things an admin should act on; each named row is a button that moves focus to that row. */
export function Findings({ findings, items, onShowRow, t }: FindingsProps) {
  if (findings.length === 0) return null;
  return (
    <section class="knm-findings">
      <h3>{t('findings')}</h3>
      <ul>
        {findings.map((finding) => (
          <li key={finding.kind} data-finding={finding.kind} class={`knm-finding knm-${finding.severity}`}>
            <span>{t(`finding.${finding.kind}`)}</span>
            {finding.rowKeys.slice(0, NAMED_ROWS).map((key) => {
              const row = items.find((item) => item.row.key === key)?.row;
              return (
                <button type="button" key={key} class="knm-link" data-row-key={key} onClick={() => onShowRow(key)}>
                  {row ? (row.displayName ?? row.recipient.code) : key}
                </button>
              );
            })}
            {finding.rowKeys.length > NAMED_ROWS && (
              <span class="knm-more">{t('more', { count: finding.rowKeys.length - NAMED_ROWS })}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
