import { createIntl, type IntlShape, type PrimitiveType } from 'react-intl';
import { CATALOGUES } from './catalogues';
import type { MessageId } from './en';
import { getLanguage, type Language, LOCALE_TAGS } from './language';

const intls = new Map<Language, IntlShape>();

/**
 * `useT()` for plain modules (tooltips built in a helper, labels kept in a table): the
 * message in the language of the moment, read at call time.
 */
export function translate(id: MessageId, values?: Record<string, PrimitiveType>): string {
  const language = getLanguage();
  let intl = intls.get(language);
  if (!intl) {
    intl = createIntl({ locale: LOCALE_TAGS[language], defaultLocale: 'en-GB', messages: CATALOGUES[language] });
    intls.set(language, intl);
  }
  return intl.formatMessage({ id }, values);
}
