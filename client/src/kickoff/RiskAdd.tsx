import { createRisk } from '@planroom/shared';
import { type FormEvent, useRef, useState } from 'react';
import { edit } from '../core/edit';
import { PlusIcon } from '../ui/icons';
import { useKickoffBoard } from './KickoffContext';
import { IMPACT_WORDS, PROBABILITY_WORDS, scaleOption } from './riskText';

const SCALE = [1, 2, 3, 4, 5];

/**
 * Raises a risk in the kickoff, threatening the kickoff's item: a title, and probability and
 * impact as the room judges them (they place it on the map, so they are asked for, 3 until changed).
 */
export function RiskAdd({ kickoffId, itemId }: { kickoffId: string; itemId: string }) {
  const ctx = useKickoffBoard();
  const titleInput = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [probability, setProbability] = useState(3);
  const [impact, setImpact] = useState(3);
  const [error, setError] = useState<string>();

  function add(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return setError('Name the risk: what could go wrong?');
    const input = { title: title.trim(), probability, impact, kickoffId, itemIds: [itemId] };
    if (edit(ctx, () => createRisk(ctx.doc, input), setError)) {
      setTitle('');
      setProbability(3);
      setImpact(3);
      setError(undefined);
      titleInput.current?.focus();
    }
  }

  const scale = (label: string, value: number, set: (n: number) => void, words: readonly string[]) => (
    <label className="measure-field">
      <span className="measure-caption">{label}</span>
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {SCALE.map((n) => (
          <option key={n} value={n}>
            {scaleOption(n, words)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="measure-add risk-add" data-testid="risk-add" onSubmit={add}>
      <label className="measure-field risk-add-title">
        <span className="measure-caption">New risk</span>
        <input
          ref={titleInput}
          type="text"
          value={title}
          maxLength={200}
          placeholder="Key supplier delivers late"
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      {scale('Probability', probability, setProbability, PROBABILITY_WORDS)}
      {scale('Impact', impact, setImpact, IMPACT_WORDS)}
      <button type="submit" className="button small" title="Add a risk threatening this project">
        <PlusIcon size={12} /> Add risk
      </button>
      {error && (
        <p className="field-error" role="alert" data-testid="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
