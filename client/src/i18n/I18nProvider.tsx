import { type ReactNode, useSyncExternalStore } from 'react';
import { IntlProvider } from 'react-intl';
import { CATALOGUES } from './catalogues';
import { getLanguage, LOCALE_TAGS, subscribeLanguage } from './language';

export function useLanguage() {
  return useSyncExternalStore(subscribeLanguage, getLanguage, getLanguage);
}

/** The catalogues are bundled: switching language is synchronous, with nothing to download. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <IntlProvider locale={LOCALE_TAGS[language]} defaultLocale="en-GB" messages={CATALOGUES[language]}>
      {children}
    </IntlProvider>
  );
}
