import { useLanguage } from './I18nProvider';
import { LANGUAGES, type Language, setLanguage } from './language';
import { useT } from './useT';

/** Each language is named in itself, so a person can find theirs whatever is showing. */
const AUTONYMS: Record<Language, string> = { en: 'English', sv: 'Svenska', da: 'Dansk' };

export function LanguagePicker() {
  const t = useT();
  const language = useLanguage();
  return (
    <select
      className="language-picker"
      aria-label={t('language.label')}
      title={t('language.label')}
      value={language}
      onChange={(e) => setLanguage(e.target.value as Language)}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {AUTONYMS[l]}
        </option>
      ))}
    </select>
  );
}
