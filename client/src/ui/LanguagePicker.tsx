import { useLanguage } from '../i18n/I18nProvider';
import { LANGUAGES, type Language, setLanguage } from '../i18n/language';
import { useT } from '../i18n/useT';
import { Popover } from './Popover';

/** Each language is named in itself, so a person can find theirs whatever is showing. */
const AUTONYMS: Record<Language, string> = { en: 'English', sv: 'Svenska', da: 'Dansk' };

/**
 * The interface language: a menu of buttons, not a <select>, since a viewer's page has no
 * form fields at all. The choice is this person's (local storage), never the board's.
 */
export function LanguagePicker() {
  const t = useT();
  const language = useLanguage();
  return (
    <Popover
      label={
        <>
          <span aria-hidden="true">{language.toUpperCase()}</span>
          <span className="sr-only">{t('language.current', { language: AUTONYMS[language] })}</span>
        </>
      }
      title={t('language.label')}
      className="button subtle language-picker"
      testId="language-picker"
      panelLabel={t('language.label')}
      align="right"
    >
      {(close) => (
        <div className="menu" role="menu">
          {LANGUAGES.map((l) => (
            <button
              key={l}
              type="button"
              role="menuitemradio"
              aria-checked={l === language}
              className="menu-item"
              lang={l}
              onClick={() => {
                setLanguage(l);
                close();
              }}
            >
              {AUTONYMS[l]}
            </button>
          ))}
        </div>
      )}
    </Popover>
  );
}
