import type { EditSession, EditState } from './edit-session';
import { placesOf, typesOf, unplaced, type Bodies, type Edit, type EditKind } from '../../model/edit';
import type { FormField } from '../../model/types';
import type { Language, Translate } from '../../i18n';
import { EditBar } from './EditBar';
import { ReplaceFlow } from './ReplaceFlow';
import { RecipientPicker } from './RecipientPicker';
import './edit.css';

interface EditToolsProps {
  t: Translate;
  language: Language;
  session: EditSession;
  edit: EditState;
  /** The pre-live answers as read and as edited, and the kinds that differ (what Save writes). */
  read: Bodies;
  draft: Bodies;
  changed: EditKind[];
  /** Edit controls show: edit mode, on the pre-live settings or the Differences view. */
  editing: boolean;
  /** The General tab is on screen: its recipients can be added to here. */
  onGeneral: boolean;
  /** The recipient being replaced everywhere, while that flow is open. */
  replacing?: { key: string; name: string };
  /** The pre-live form's fields, for field recipients. */
  fields?: Map<string, FormField>;
  onEdit: (edit: Edit) => void;
  /** A Save or Undo ended (written or not): the panel shows the Differences. */
  onWritten: () => void;
  onReplaceEnd: () => void;
}

/** Edit mode's tools under the header (Edit itself is in the header): the edit bar, the replace-everywhere flow, and adding a General recipient. */
export function EditTools(props: EditToolsProps) {
  const { t, session, edit, read, draft, editing, replacing, fields, onEdit } = props;
  const replace = replacing && { key: replacing.key, fields: typesOf(fields) };
  return (
    <>
      <EditBar
        t={t}
        edit={edit}
        changed={props.changed}
        review={unplaced.get(draft)}
        commenter={draft.general?.notifyToCommenter === true}
        onSave={() => session.save(read).then(props.onWritten)}
        onUndo={() => session.undoSaves().then(props.onWritten)}
        onDiscard={() => session.set({ edits: [], result: undefined })}
        onCommenter={(on) => onEdit({ op: 'commenter', on })}
      />
      {editing && replacing && replace && (
        <ReplaceFlow
          t={t}
          language={props.language}
          name={replacing.name}
          // Listed as a replacement by someone of the same kind would change them.
          places={placesOf(draft, {
            ...replace,
            by: { type: replacing.key.split(':')[0], code: '', includeSubs: false },
          })}
          fields={fields}
          onConfirm={(by) => {
            onEdit({ op: 'replace', ...replace, by });
            props.onReplaceEnd();
          }}
          onCancel={props.onReplaceEnd}
        />
      )}
      {editing && props.onGeneral && (
        <RecipientPicker
          t={t}
          fields={fields}
          action="add-recipient"
          label={t('addRecipient')}
          onPick={(target) => target && onEdit({ op: 'add', target })}
        />
      )}
    </>
  );
}
