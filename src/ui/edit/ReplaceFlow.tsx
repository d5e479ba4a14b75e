import type { Place } from '../../model/edit';
import type { FormField, Target } from '../../model/types';
import type { Language, Translate } from '../../i18n';
import { RecipientPicker } from './RecipientPicker';
import { placeLabel } from '../line-label';

interface ReplaceProps {
  t: Translate;
  language: Language;
  /** The recipient, as its name (or code) for the sentence. */
  name: string;
  /** Every place it appears, shown before anything changes. */
  places: Place[];
  fields?: Map<string, FormField>;
  onConfirm: (by?: Target) => void;
  onCancel: () => void;
}

/**
 * "Replace or remove everywhere": lists every notification, of all three kinds, that names the recipient,
 * then applies the replacement to all of them in one step (leaving the code empty removes it). Nothing is
 * written here: the change joins the edits, shown in the matrices until Save.
 */
export function ReplaceFlow({ t, language, name, places, fields, onConfirm, onCancel }: ReplaceProps) {
  return (
    <section class="knm-replace" aria-label={t('replaceTitle', { name })}>
      <h3>{t('replaceTitle', { name })}</h3>
      <ul data-replace-places={places.length}>
        {places.map((place) => (
          <li key={`${place.kind}${place.index}${place.cond}`}>{placeLabel(place, t, language)}</li>
        ))}
      </ul>
      <p>{t('replaceHint')}</p>
      <RecipientPicker t={t} fields={fields} action="confirm" label={t('replaceConfirm')} onPick={onConfirm} />
      <button type="button" class="knm-button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </section>
  );
}
