import { Component } from 'preact';
import { ENTITY_TYPES, type FormField, type KnownEntityType, type Target } from '../../model/types';
import type { MessageKey, Translate } from '../../i18n';
import { appPathPrefix } from '../../api/guest-space';

/** Field types kintone accepts as a FIELD_ENTITY recipient: user, department and group selections, Created/Updated by. */
const RECIPIENT_FIELD_TYPES = ['USER_SELECT', 'ORGANIZATION_SELECT', 'GROUP_SELECT', 'CREATOR', 'MODIFIER'];

interface PickerProps {
  t: Translate;
  /** The pre-live form's fields: FIELD_ENTITY offers their codes. */
  fields?: Map<string, FormField>;
  /** The button's hook and words: "add-recipient" adds, "confirm" ends the replace flow. */
  action: 'add-recipient' | 'confirm';
  label: string;
  /** With the entered recipient; undefined when the code was left empty (replace: remove it). */
  onPick: (target?: Target) => void;
}

interface PickerState {
  type: KnownEntityType;
  code: string;
  includeSubs: boolean;
}

let lists = 0;

/** A guest space has no departments to notify: kintone offers only users, groups and fields there. */
const offered = (type: KnownEntityType) => type !== 'ORGANIZATION' || appPathPrefix() === '/k/';

/**
 * A recipient to add or to replace with: a type, a code (login name, group or department code, or field
 * code), and "incl. sub-departments" where kintone means something by it. The code is sent as typed,
 * trimmed of blanks only; kintone checks that it exists when the change is saved.
 */
export class RecipientPicker extends Component<PickerProps, PickerState> {
  state: PickerState = { type: 'USER', code: '', includeSubs: false };
  private listId = `knm-fields-${++lists}`;

  render({ t, fields, action, label, onPick }: PickerProps, { type, code, includeSubs }: PickerState) {
    // incl. sub-departments means something only for a department, or a field that holds departments: kintone
    // ignores it on users, groups and the fields that hold them.
    const subs =
      type === 'ORGANIZATION' || (type === 'FIELD_ENTITY' && fields?.get(code.trim())?.type === 'ORGANIZATION_SELECT');
    const isField = type === 'FIELD_ENTITY';
    return (
      <div class="knm-picker" data-picker={action}>
        <select
          aria-label={t('exportType')}
          data-pick="type"
          value={type}
          onChange={(e) => this.setState({ type: e.currentTarget.value as KnownEntityType })}
        >
          {ENTITY_TYPES.filter(offered).map((value) => (
            <option key={value} value={value}>
              {t(`type.${value}` as MessageKey)}
            </option>
          ))}
        </select>
        <input
          aria-label={t('exportCode')}
          data-pick="code"
          value={code}
          list={isField ? this.listId : undefined}
          onInput={(e) => this.setState({ code: e.currentTarget.value })}
        />
        {isField && (
          <datalist id={this.listId}>
            {[...(fields?.values() ?? [])]
              .filter((field) => RECIPIENT_FIELD_TYPES.includes(field.type))
              .map((field) => (
                <option key={field.code} value={field.code}>
                  {field.label}
                </option>
              ))}
          </datalist>
        )}
        {subs && (
          <label>
            <input
              type="checkbox"
              data-pick="subs"
              checked={includeSubs}
              onChange={(e) => this.setState({ includeSubs: e.currentTarget.checked })}
            />
            {t('includeSubs')}
          </label>
        )}
        <button
          type="button"
          class="knm-button"
          data-action={action}
          onClick={() => {
            const trimmed = code.trim();
            if (!trimmed && action === 'add-recipient') return;
            onPick(trimmed ? { type, code: trimmed, includeSubs: includeSubs && subs } : undefined);
            this.setState({ code: '' });
          }}
        >
          {label}
        </button>
      </div>
    );
  }
}
