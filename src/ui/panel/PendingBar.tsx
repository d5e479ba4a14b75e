import type { EnvView } from '../../model/view';
import type { Translate } from '../../i18n';
import { EnvSwitch } from './EnvSwitch';
import { UpdateApp } from '../edit/UpdateApp';

interface PendingBarProps {
  envView: EnvView;
  onEnvView: (next: EnvView) => void;
  /** Edit mode: Update App is offered, unless a write is under way or edits are unsaved. */
  editing: boolean;
  deployBlocked: boolean;
  onDeploy: () => void;
  t: Translate;
}

/** Pre-live differs from live: says so, switches between live, pre-live and the Differences, and offers Update App. */
export function PendingBar({ envView, onEnvView, editing, deployBlocked, onDeploy, t }: PendingBarProps) {
  return (
    <div class="knm-pending" data-pending="true">
      <p>{t('pending')}</p>
      <EnvSwitch value={envView} onChange={onEnvView} t={t} />
      {editing && <UpdateApp t={t} disabled={deployBlocked} onDeploy={onDeploy} />}
    </div>
  );
}
