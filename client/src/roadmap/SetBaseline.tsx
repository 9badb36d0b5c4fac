import { baselineDates, chooseBaseline, createBaseline, type NewBaseline, transact } from '@planroom/shared';
import { useEffect, useState } from 'react';
import { edit } from '../core/edit';
import { translate } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { fetchVersionItems, fetchVersions, type VersionChoice, versionLabel } from './baselineVersions';
import { useRoadmap } from './RoadmapContext';

type Versions = { state: 'loading' } | { state: 'ready'; list: VersionChoice[] } | { state: 'error'; message: string };

/** The board's versions for the source picker, fetched when the dialog opens. */
function useVersions(boardId: string): Versions {
  const [versions, setVersions] = useState<Versions>({ state: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    fetchVersions(boardId, abort.signal).then(
      (list) => setVersions({ state: 'ready', list }),
      (err: unknown) => {
        if (!abort.signal.aborted) setVersions({ state: 'error', message: String((err as Error).message ?? err) });
      },
    );
    return () => abort.abort();
  }, [boardId]);
  return versions;
}

function defaultName(): string {
  return translate('setBaseline.defaultName', { date: new Date().toISOString().slice(0, 10) });
}

function sourceHint(versions: Versions): string {
  if (versions.state === 'loading') return translate('setBaseline.loading');
  if (versions.state === 'error') return translate('setBaseline.listFailed', { message: versions.message });
  return versions.list.length ? '' : translate('setBaseline.noVersions');
}

/**
 * Editors set a baseline from the board as it is now, or from a saved version (its items'
 * dates, fetched from the History API). The new baseline is chosen at once, in the same
 * undo step as its creation.
 */
export function SetBaseline() {
  const ctx = useRoadmap();
  const versions = useVersions(ctx.boardId);
  const [name, setName] = useState(defaultName);
  const t = useT();
  const [source, setSource] = useState('now');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function input(): Promise<NewBaseline> {
    if (source === 'now')
      return { name, source: { kind: 'now' }, dates: baselineDates([...ctx.store.getItems().values()]) };
    const version = versions.state === 'ready' ? versions.list.find((v) => String(v.id) === source) : undefined;
    if (!version) throw new Error('that version is no longer listed');
    const items = await fetchVersionItems(ctx.boardId, version.id);
    return {
      name,
      source: { kind: 'version', versionId: version.id, versionName: version.name },
      dates: baselineDates(items),
    };
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const made = await input();
      const ok = edit(
        ctx,
        () => transact(ctx.doc, () => chooseBaseline(ctx.doc, createBaseline(ctx.doc, made))),
        setError,
      );
      if (ok) setName(defaultName());
    } catch (err) {
      setError(t('setBaseline.readFailed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  const hint = sourceHint(versions);
  return (
    <form className="baseline-set" onSubmit={submit} data-testid="set-baseline">
      <label>
        {t('setBaseline.name')}
        <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} data-testid="baseline-name" />
      </label>
      <label title={t('setBaseline.fromTitle')}>
        {t('setBaseline.from')}
        <select value={source} onChange={(e) => setSource(e.target.value)} data-testid="baseline-source">
          <option value="now">{t('setBaseline.now')}</option>
          {versions.state === 'ready' &&
            versions.list.map((v) => (
              <option key={v.id} value={String(v.id)}>
                {versionLabel(v)}
              </option>
            ))}
        </select>
      </label>
      <button type="submit" className="button primary" disabled={busy} title={t('setBaseline.title')}>
        {busy ? t('setBaseline.setting') : t('setBaseline.set')}
      </button>
      {hint && <p className="muted baseline-hint">{hint}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
