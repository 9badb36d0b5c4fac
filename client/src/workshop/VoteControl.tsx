import { VOTE_MAX_DOTS, VOTE_MAX_ITEMS } from '@planroom/shared';
import { useState } from 'react';
import { useLane, useLaneIds } from '../core/useYjs';
import { Popover } from '../ui/Popover';
import { useValue } from '../ui/useValue';
import { scopeItems, type VoteScope } from './votes';
import { useWorkshop } from './WorkshopContext';

/** Owners: start a dot vote on the selection, the items the filters show, or a lane. */
export function VoteControl() {
  const { workshop, role } = useWorkshop();
  const vote = useValue(workshop.channel.vote);
  if (role !== 'owner' || vote) return null;
  return (
    <Popover
      label="Vote"
      className="button"
      title="Start a dot vote: everyone places dots on items; nobody sees others' dots until you reveal them"
      testId="vote-button"
      panelTestId="vote-start"
      panelLabel="Start a dot vote"
      align="right"
    >
      {(close) => <StartVoteForm onStarted={close} />}
    </Popover>
  );
}

function LaneOption({ id }: { id: string }) {
  const lane = useLane(id);
  return <option value={id}>{lane?.title ?? id}</option>;
}

function StartVoteForm({ onStarted }: { onStarted: () => void }) {
  const ctx = useWorkshop();
  const laneIds = useLaneIds();
  const selected = useValue(ctx.session.selected).size;
  const [title, setTitle] = useState('What matters most?');
  const [kind, setKind] = useState<VoteScope['kind']>(selected > 0 ? 'selection' : 'shown');
  const [laneId, setLaneId] = useState(laneIds[0] ?? '');
  const [dots, setDots] = useState(3);
  const [cap, setCap] = useState<number | null>(null);
  const [viewers, setViewers] = useState(false);
  const [error, setError] = useState('');
  const scope: VoteScope = kind === 'lane' ? { kind, laneId } : { kind };
  const start = () => {
    const itemIds = scopeItems(ctx, scope);
    if (!itemIds.length) return setError('No items to vote on in that choice.');
    if (itemIds.length > VOTE_MAX_ITEMS) return setError(`At most ${VOTE_MAX_ITEMS} items in one vote.`);
    ctx.workshop.channel.send({ type: 'vote-start', title, itemIds, dots, cap, viewers });
    onStarted();
  };
  return (
    <form
      className="vote-form"
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <label className="field">
        <span className="field-label">Question</span>
        <input value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <fieldset className="vote-scope">
        <legend className="field-label">Vote on</legend>
        <label>
          <input
            type="radio"
            checked={kind === 'selection'}
            disabled={!selected}
            onChange={() => setKind('selection')}
          />
          The selected items ({selected})
        </label>
        <label>
          <input type="radio" checked={kind === 'shown'} onChange={() => setKind('shown')} />
          The items the filters show
        </label>
        <label>
          <input type="radio" checked={kind === 'lane'} onChange={() => setKind('lane')} />A lane:
          <select value={laneId} onChange={(e) => setLaneId(e.target.value)} aria-label="Lane to vote on">
            {laneIds.map((id) => (
              <LaneOption key={id} id={id} />
            ))}
          </select>
        </label>
      </fieldset>
      <div className="vote-rules">
        <label className="field">
          <span className="field-label">Dots each</span>
          <input
            type="number"
            min={1}
            max={VOTE_MAX_DOTS}
            value={dots}
            onChange={(e) => setDots(Math.min(VOTE_MAX_DOTS, Math.max(1, Number(e.target.value) || 1)))}
          />
        </label>
        <label className="field">
          <span className="field-label">Most on one item</span>
          <select value={cap ?? ''} onChange={(e) => setCap(e.target.value ? Number(e.target.value) : null)}>
            <option value="">No limit</option>
            {[1, 2, 3, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="vote-viewers">
        <input type="checkbox" checked={viewers} onChange={(e) => setViewers(e.target.checked)} />
        Viewers vote too
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary">
        Start the vote
      </button>
    </form>
  );
}
