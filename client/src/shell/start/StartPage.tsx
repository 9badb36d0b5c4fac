import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { Logo } from '../Logo';
import { CreateBoardForm } from './CreateBoardForm';
import { ImportCard } from './ImportCard';
import { type ImportFile, readImportFile } from './importFile';
import { RecentBoards } from './RecentBoards';
import { useFileDrop } from './useFileDrop';

// The parsers (papaparse, fast-xml-parser) load with the dialog, not with every board page.
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

export function StartPage() {
  const [file, setFile] = useState<ImportFile | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const t = useT();

  useEffect(() => {
    document.title = 'Planroom';
  }, []);

  const onFile = useCallback(
    async (chosen: File) => {
      setReading(true);
      setReadError(null);
      try {
        setFile(await readImportFile(chosen));
      } catch (e) {
        setReadError(e instanceof Error ? e.message : t('start.readFailed', { name: chosen.name }));
      } finally {
        setReading(false);
      }
    },
    [t],
  );
  const dragging = useFileDrop(onFile);

  return (
    <div className="start">
      <header className="start-head">
        <Logo />
        <p className="tagline">{t('start.tagline')}</p>
        <LanguagePicker />
      </header>
      <main className="start-main">
        <CreateBoardForm />
        <div className="start-side">
          <ImportCard reading={reading} error={readError} onFile={onFile} />
          <RecentBoards />
        </div>
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('start.drop')}</p>
        </div>
      )}
      {file && (
        <Suspense fallback={<p className="import-loading">{t('start.openingPreview')}</p>}>
          <ImportDialog key={file.fileName + file.text.length} file={file} onClose={() => setFile(null)} />
        </Suspense>
      )}
    </div>
  );
}
