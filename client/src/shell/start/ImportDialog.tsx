import {
  type CsvMapping,
  type DateOrder,
  IMPORT_FORMAT_NAMES,
  IMPORT_FORMATS,
  type ImportFormat,
  type Problem,
} from '@planroom/shared';
import { previewImport } from '@planroom/shared/import';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import { ApiError, createBoard } from '../../sync/api';
import { Modal } from '../../ui/Modal';
import { markFitOnOpen } from '../fitOnOpen';
import { CsvMappingTable, CsvRowsTable } from './CsvMappingTable';
import { ImportCountsLine, ImportProblems } from './ImportProblems';
import { fileStem, type ImportFile } from './importFile';
import { openCreated } from './openCreated';

/**
 * The preview of a dropped or chosen file: what it would create (CSV: the column mapping
 * and the first rows; MS Project and Board JSON: counts) and every problem, by row and
 * column, XML element or JSON path. Create board sends the same request the preview was
 * computed from, and the server checks it again; nothing is created while a problem is left.
 */
export function ImportDialog({ file, onClose }: { file: ImportFile; onClose: () => void }) {
  const [format, setFormat] = useState<ImportFormat>(file.format);
  const [mapping, setMapping] = useState<CsvMapping | undefined>(undefined);
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(undefined);
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  const [failure, setFailure] = useState<{ message: string; problems: Problem[] } | null>(null);

  const preview = useMemo(
    () => previewImport({ format, text: file.text, mapping, dateOrder }),
    [format, file.text, mapping, dateOrder],
  );
  const suggested = format === 'csv' ? fileStem(file.fileName) : preview.name || fileStem(file.fileName);
  const boardName = (name ?? suggested).trim();
  const canCreate = !busy && preview.counts !== null && boardName.length > 0;

  async function create() {
    setBusy(true);
    setFailure(null);
    try {
      const created = await createBoard({
        name: boardName,
        import: { format, text: file.text, ...(format === 'csv' ? { mapping, dateOrder } : {}) },
      });
      markFitOnOpen(created.id);
      openCreated(created);
    } catch (e) {
      setFailure(
        e instanceof ApiError
          ? { message: e.message, problems: e.problems }
          : { message: t('start.unreachable'), problems: [] },
      );
      setBusy(false);
    }
  }

  const footer = (
    <>
      <button type="button" className="button subtle" onClick={onClose}>
        {t('common.cancel')}
      </button>
      <button
        type="button"
        className="button primary"
        disabled={!canCreate}
        onClick={create}
        title={t(preview.counts ? 'import.createTitle' : 'import.fixFirst')}
      >
        {busy ? t('start.creating') : t('start.create')}
      </button>
    </>
  );

  return (
    <Modal
      heading={t('import.dialogHeading', { file: file.fileName })}
      onClose={onClose}
      width={820}
      testId="import-dialog"
      footer={footer}
    >
      <div className="import-dialog">
        <div className="import-settings">
          <label className="field">
            <span className="field-label">{t('import.readAs')}</span>
            <select
              value={format}
              onChange={(e) => {
                setFormat(e.target.value as ImportFormat);
                setMapping(undefined);
                setDateOrder(undefined);
              }}
            >
              {IMPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {IMPORT_FORMAT_NAMES[f]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('start.boardName')}</span>
            <input type="text" value={name ?? suggested} maxLength={120} onChange={(e) => setName(e.target.value)} />
          </label>
        </div>
        {preview.csv && <CsvMappingTable preview={preview.csv} onMapping={setMapping} onDateOrder={setDateOrder} />}
        {preview.csv && <CsvRowsTable preview={preview.csv} />}
        {preview.counts && (
          <div className="import-ready">
            <h3>{t('import.creates')}</h3>
            <ImportCountsLine counts={preview.counts} />
          </div>
        )}
        <ImportProblems problems={preview.problems} />
        {failure && (
          <ImportProblems problems={failure.problems} title={t('import.refused', { message: failure.message })} />
        )}
        {failure && !failure.problems.length && (
          <p className="form-error" role="alert">
            {failure.message}
          </p>
        )}
      </div>
    </Modal>
  );
}
