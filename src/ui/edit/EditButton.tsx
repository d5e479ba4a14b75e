import type { Translate } from '../../i18n';

/** Edit, in the header: the only way into edit mode, offered once the pre-live general settings were read. */
export function EditButton({ onClick, t }: { onClick: () => void; t: Translate }) {
  return (
    <button type="button" class="knm-button" data-action="edit" onClick={onClick}>
      {t('edit')}
    </button>
  );
}
