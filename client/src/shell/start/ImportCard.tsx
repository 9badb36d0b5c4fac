import { useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../../i18n/useT';

/**
 * The start page's import entry: a button that opens the file chooser, and the hint that
 * a file can be dropped anywhere on the page. Reading and read errors show here.
 */
export function ImportCard(props: { reading: boolean; error: string | null; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const t = useT();
  return (
    <section className="card import-card" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <p className="import-hint">
        <FormattedMessage id="import.hint" values={{ b: (chunks) => <strong>{chunks}</strong> }} />
      </p>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,.xml,.json,text/csv,application/xml,text/xml,application/json"
        className="sr-only"
        tabIndex={-1}
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onFile(file);
        }}
      />
      {props.error && (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      )}
      <button
        type="button"
        className="button import-choose"
        disabled={props.reading}
        onClick={() => input.current?.click()}
        title={t('import.chooseTitle')}
      >
        {props.reading ? t('import.reading') : t('import.choose')}
      </button>
    </section>
  );
}
