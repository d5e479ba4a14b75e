import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translate } from '../i18n';

export const I18n = createContext<Translate>(translator('en'));

export const useT = (): Translate => useContext(I18n);
