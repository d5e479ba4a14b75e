import type { EditState, WriteResult } from './edit-session';
import type { Edit, EditKind } from '../../model/edit';
import type { Translate } from '../../i18n';

interface EditBarProps {
  t: Translate;
  edit: EditState;
  /** Kinds the edits change (what Save would write). */
  changed: EditKind[];
  /** Edits not applied: someone else changed or removed their notification since (see model/edit.ts). */
  review?: Edit[];
  /** The pre-live commenter setting as edited; undefined outside edit mode. */
  commenter?: boolean;
  onSave: () => void;
  onUndo: () => void;
  onDiscard: () => void;
  onCommenter: (on: boolean) => void;
}

const kindList = (t: Translate, kinds: EditKind[]) => kinds.map((kind) => t(`kind.${kind}`)).join(', ') || '—';

/** What a write did, in words: which kinds were and were not written, and kintone's reason. */
function resultWords(t: Translate, result: WriteResult): string {
  if (!('kinds' in result)) {
    const { status, error } = result;
    if (result.outcome !== 'deploy-failed') return t(result.outcome === 'deployed' ? 'deployed' : 'deployPending');
    return t('deployFailed', { reason: error ? `${error.code} ${error.detail}` : (status ?? '') });
  }
  const { kinds, written, failed } = result;
  if (result.outcome === 'saved') return t('saved', { kinds: kindList(t, written) });
  if (result.outcome === 'conflict') return t(result.undoing ? 'undoConflict' : 'conflict');
  const skipped = kinds.filter((kind) => kind !== failed?.kind && !written.includes(kind));
  return t('writeFailed', {
    written: kindList(t, written),
    failed: failed
      ? `${t(`kind.${failed.kind}`)} ${failed.at ?? ''} (${failed.error.code} ${failed.error.detail})`
      : '',
    skipped: kindList(t, skipped),
  });
}

/**
 * Edit mode's controls (Edit, the only way in, is in the header): Save, Discard and Undo, the commenter setting, and
 * the outcome of the last write. Writes go to pre-live only; Update App sits in the pre-live banner.
 */
export function EditBar(props: EditBarProps) {
  const { t, edit, changed, commenter } = props;
  if (!edit.editing) return null;
  return (
    <div class="knm-editbar" data-editing="true">
      <p class="knm-edit-note">{t('editNote')}</p>
      <label>
        <input
          type="checkbox"
          data-action="commenter"
          checked={commenter}
          onChange={(e) => props.onCommenter(e.currentTarget.checked)}
        />
        {t('commenterSentence')}
      </label>
      <button
        type="button"
        class="knm-button knm-primary"
        data-action="save"
        disabled={changed.length === 0 || edit.writing}
        onClick={props.onSave}
      >
        {t('save', { kinds: changed.length ? `: ${kindList(t, changed)}` : '' })}
      </button>
      {edit.edits.length > 0 && (
        <button type="button" class="knm-button" data-action="discard" onClick={props.onDiscard}>
          {t('discard')}
        </button>
      )}
      {edit.undo && (
        <button type="button" class="knm-button" data-action="undo" disabled={edit.writing} onClick={props.onUndo}>
          {t('undo')}
        </button>
      )}
      {edit.writing && <span role="status">{t('writing')}</span>}
      {props.review && (
        <p class="knm-write-result" data-edit-review={props.review.length}>
          {t('editReview', {
            count: props.review.length,
            // The notification as it was when edited: its summary is what the administrator recognises.
            titles: props.review
              .map((e) => `"${'at' in e && e.at?.was ? JSON.parse(e.at.was)?.title : ''}"`)
              .join(', '),
          })}
        </p>
      )}
      {edit.result && (
        <p role="status" class="knm-write-result" data-write-result={edit.result.outcome}>
          {resultWords(t, edit.result)}
        </p>
      )}
    </div>
  );
}
