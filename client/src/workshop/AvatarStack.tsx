import { initials } from '@planroom/shared';
import { useSyncExternalStore } from 'react';
import { Popover } from '../ui/Popover';
import { ROLE_LABELS } from '../ui/roles';
import { useValue } from '../ui/useValue';
import type { Peer } from './presenceModel';
import { useWorkshop } from './WorkshopContext';

/** Avatars shown before the rest fold into "+N". */
const SHOWN = 8;

export function usePeers(): Peer[] {
  const { presence } = useWorkshop().workshop;
  return useSyncExternalStore(presence.subscribeList, presence.getList);
}

const describe = (p: Peer) => `${p.name} · ${ROLE_LABELS[p.role]}${p.idle ? ' · idle' : ''}`;

/**
 * Who is here: an avatar per person (initials in their colour, dimmed when idle), "+N"
 * past eight opening the whole list. Clicking someone follows their view.
 */
export function AvatarStack() {
  const { workshop } = useWorkshop();
  const peers = usePeers();
  const following = useValue(workshop.following);
  const follow = (id: number) => workshop.following.set(following === id ? null : id);
  const shown = peers.slice(0, SHOWN);
  const rest = peers.length - shown.length;
  return (
    <fieldset className="avatar-stack" data-testid="avatars">
      <legend className="sr-only">{peers.length === 1 ? '1 other person here' : `${peers.length} others here`}</legend>
      {shown.map((p) => (
        <button
          key={p.clientId}
          type="button"
          className={`avatar${p.idle ? ' is-idle' : ''}${following === p.clientId ? ' is-followed' : ''}`}
          style={{ background: p.color }}
          data-testid="avatar"
          data-name={p.name}
          data-role={p.role}
          data-idle={p.idle || undefined}
          title={`${describe(p)}. ${following === p.clientId ? 'Click to stop following' : 'Click to follow their view'}`}
          aria-pressed={following === p.clientId}
          onClick={() => follow(p.clientId)}
        >
          {initials(p.name)}
          <span className="sr-only">{describe(p)}</span>
        </button>
      ))}
      {rest > 0 && (
        <Popover
          label={`+${rest}`}
          className="avatar avatar-more"
          title={`${rest} more: show everyone here`}
          testId="avatars-more"
          panelTestId="people-here"
          panelLabel="Everyone here"
          align="right"
        >
          {(close) => (
            <ul className="people-here">
              {peers.map((p) => (
                <li key={p.clientId}>
                  <button
                    type="button"
                    className="people-here-row"
                    title="Follow their view"
                    onClick={() => {
                      follow(p.clientId);
                      close();
                    }}
                  >
                    <span className="avatar small" style={{ background: p.color }} aria-hidden="true">
                      {initials(p.name)}
                    </span>
                    <span className="people-here-name">{p.name}</span>
                    <span className="people-here-role">
                      {ROLE_LABELS[p.role]}
                      {p.idle ? ', idle' : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Popover>
      )}
    </fieldset>
  );
}
