/** The options page's text function, provided once by App in the user's interface language. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translate } from '../shared/i18n';

export const TranslateContext = createContext<Translate>(translator('en'));

export function useT(): Translate {
  return useContext(TranslateContext);
}
