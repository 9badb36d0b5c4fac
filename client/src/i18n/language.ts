/**
 * The interface language of this person: English, Swedish or Danish. It follows the
 * browser (`navigator.languages`) until the person picks one in the header, which is then
 * remembered in this browser's local storage. `<html lang>` follows it.
 *
 * A small observable rather than React state alone: plain formatters outside React
 * (`resourceText`, `statusText`, exports) read the locale at call time.
 */
export const LANGUAGES = ['en', 'sv', 'da'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 tag each language formats dates and numbers with (English keeps en-GB: day month year). */
export const LOCALE_TAGS: Record<Language, string> = { en: 'en-GB', sv: 'sv-SE', da: 'da-DK' };

export const LANGUAGE_KEY = 'planroom.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first supported language in the browser's list, by primary subtag ("sv-FI" is Swedish); English otherwise. */
export function languageFrom(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

function storedLanguage(): Language | null {
  try {
    const raw = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(raw) ? raw : null;
  } catch {
    return null;
  }
}

function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'en';
  return languageFrom(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

let current: Language = typeof window === 'undefined' ? 'en' : (storedLanguage() ?? browserLanguage());
const listeners = new Set<() => void>();

function applyToDocument(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
applyToDocument(current);

export function getLanguage(): Language {
  return current;
}

/** The locale tag for `Intl` formatters outside React. */
export function currentLocale(): string {
  return LOCALE_TAGS[current];
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // storage unavailable: the choice lasts for this page
  }
  if (language === current) return;
  current = language;
  applyToDocument(language);
  for (const listener of listeners) listener();
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
