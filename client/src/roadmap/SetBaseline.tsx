import { baselineDates, chooseBaseline, createBaseline, type NewBaseline, transact } from '@planroom/shared';
import { useEffect, useState } from 'react';
import { edit } from '../core/edit';
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
  return `Baseline ${new Date().toISOString().slice(0, 10)}`;
}

function sourceHint(versions: Versions): string {
  if (versions.state === 'loading') return 'Loading versions…';
  if (versions.state === 'error') return `Versions could not be listed (${versions.message}): "now" still works.`;
  return versions.list.length ? '' : 'No versions yet: they are taken while people edit.';
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
      setError(`Could not read the version: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  const hint = sourceHint(versions);
  return (
    <form className="baseline-set" onSubmit={submit} data-testid="set-baseline">
      <label>
        Name
        <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} data-testid="baseline-name" />
      </label>
      <label title="Now: every item's dates as they are. A version: the dates as they were when it was taken.">
        From
        <select value={source} onChange={(e) => setSource(e.target.value)} data-testid="baseline-source">
          <option value="now">Now (the board as it is)</option>
          {versions.state === 'ready' &&
            versions.list.map((v) => (
              <option key={v.id} value={String(v.id)}>
                {versionLabel(v)}
              </option>
            ))}
        </select>
      </label>
      <button
        type="submit"
        className="button primary"
        disabled={busy}
        title="Keep every item's dates to measure slip against"
      >
        {busy ? 'Setting…' : 'Set baseline'}
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
