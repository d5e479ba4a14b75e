import type { ComponentChildren } from 'preact';
import type { Translate } from '../../i18n';
import './Lenses.css';

/**
 * The toolbar row of lenses: each lens (the person lens now; the record lens and the view across apps
 * next) puts its input here as a compact form, and its answer, when it has one, as a `.knm-lens-answer`
 * that the stylesheet moves onto its own line below the inputs. So a new lens joins the row instead of
 * pushing the matrix down, and its answer opens only when asked for.
 */
export function Lenses({ children }: { children: ComponentChildren }) {
  return <div class="knm-lenses">{children}</div>;
}

interface LensFormProps {
  label: string;
  hint: string;
  value: string;
  checking: boolean;
  /** The DOM hooks of the input and the button (shared/DESIGN.md): `person` → data-person-input, -check. */
  hook: 'person' | 'record' | 'apps-person';
  onInput: (value: string) => void;
  onCheck: () => void;
  t: Translate;
  /** The input's suggestions (a datalist), when it has any. */
  list?: string;
  children?: ComponentChildren;
}

/** A lens's input in the toolbar: a label, the input and Check (Enter works too). */
export function LensForm({ label, hint, value, checking, hook, onInput, onCheck, t, list, children }: LensFormProps) {
  return (
    <form
      class="knm-lens-form"
      aria-busy={checking ? 'true' : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        onCheck();
      }}
    >
      <label class="knm-field">
        <span>{label}</span>
        <input
          {...{ [`data-${hook}-input`]: '' }}
          list={list}
          value={value}
          placeholder={hint}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      </label>
      {children}
      <button type="submit" class="knm-button" {...{ [`data-${hook}-check`]: '' }}>
        {t('personCheck')}
      </button>
    </form>
  );
}

/** A lens's answer below the toolbar, with × to close it. */
export function LensAnswer({
  label,
  onClose,
  t,
  children,
}: {
  label: string;
  onClose: () => void;
  t: Translate;
  children: ComponentChildren;
}) {
  return (
    <section class="knm-lens-answer" aria-label={label}>
      <button type="button" class="knm-button knm-lens-close" aria-label={t('personClear')} onClick={onClose}>
        ×
      </button>
      {children}
    </section>
  );
}
