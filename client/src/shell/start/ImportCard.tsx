import { useRef } from 'react';

/**
 * The start page's import entry: a button that opens the file chooser, and the hint that
 * a file can be dropped anywhere on the page. Reading and read errors show here.
 */
export function ImportCard(props: { reading: boolean; error: string | null; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="card import-card" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a plan</h2>
      <p className="import-hint">
        Drop a file anywhere on this page, or choose one: a <strong>CSV</strong> of items (one row each, with a parent
        or outline-level column for the hierarchy), an <strong>MS Project XML</strong> file (File › Save As › XML) or a
        Planroom <strong>Board JSON</strong> export. You see a preview before anything is created.
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
        title="Choose a CSV, MS Project XML or Board JSON file to preview"
      >
        {props.reading ? 'Reading file…' : 'Choose a file…'}
      </button>
    </section>
  );
}
