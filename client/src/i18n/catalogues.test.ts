import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues';
import { en } from './en';
import { LANGUAGES, LOCALE_TAGS, languageFrom } from './language';

const englishKeys = Object.keys(en).sort();

/** The rich-text tags a message uses: `<b>…</b>`. */
function tagsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/<([A-Za-z]\w*)>/g)].map((m) => m[1] ?? ''))].sort();
}

/** The ICU arguments a message uses: `{name}`, `{count, plural, …}`. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1] ?? ''))].sort();
}

describe('catalogues', () => {
  for (const language of LANGUAGES) {
    const catalogue: Record<string, string> = CATALOGUES[language];

    it(`${language} has exactly the English keys`, () => {
      const keys = Object.keys(catalogue).sort();
      expect(
        keys.filter((k) => !(k in en)),
        'extra keys',
      ).toEqual([]);
      expect(
        englishKeys.filter((k) => !(k in catalogue)),
        'missing keys',
      ).toEqual([]);
    });

    it(`${language}: every message is ICU that formats, with the English arguments`, () => {
      const errors: string[] = [];
      const intl = createIntl({
        locale: LOCALE_TAGS[language],
        messages: catalogue,
        onError: (e) => errors.push(e.message),
      });
      for (const [id, message] of Object.entries(catalogue)) {
        expect(message.trim(), id).not.toBe('');
        // ICU quotes from a lone apostrophe before a brace: "'{name}'" would print {name} itself
        expect(message, `${id}: write ''{arg}'' for quotes around an argument`).not.toMatch(/(^|[^'])'\{/);
        expect(argumentsOf(message), id).toEqual(argumentsOf(en[id as keyof typeof en]));
        expect(tagsOf(message), id).toEqual(tagsOf(en[id as keyof typeof en]));
        const values = {
          ...Object.fromEntries(argumentsOf(message).map((a) => [a, 2])),
          ...Object.fromEntries(tagsOf(message).map((tag) => [tag, (chunks: string[]) => chunks.join('')])),
        };
        intl.formatMessage({ id }, values);
      }
      expect(errors).toEqual([]);
    });
  }

  it('formats an ICU plural in each language', () => {
    const plural = (language: (typeof LANGUAGES)[number], count: number) =>
      createIntl({ locale: LOCALE_TAGS[language], messages: CATALOGUES[language] }).formatMessage(
        { id: 'avatars.others' },
        { count },
      );
    expect(plural('en', 1)).toBe('1 other person here');
    expect(plural('en', 3)).toBe('3 others here');
    expect(plural('sv', 3)).toBe('3 andra här');
    expect(plural('da', 1)).toBe('1 anden person her');
  });
});

describe('languageFrom', () => {
  it('takes the first supported language of the browser, by primary subtag', () => {
    expect(languageFrom(['sv-SE', 'en-US'])).toBe('sv');
    expect(languageFrom(['de-DE', 'da'])).toBe('da');
    expect(languageFrom(['en-US'])).toBe('en');
    expect(languageFrom(['fi-FI', 'de'])).toBe('en');
    expect(languageFrom([])).toBe('en');
  });
});
