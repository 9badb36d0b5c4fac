import { initials } from '@planroom/shared';
import { useSyncExternalStore } from 'react';
import { type Translate, useT } from '../i18n/useT';
import { Popover } from '../ui/Popover';
import { useValue } from '../ui/useValue';
import type { Peer } from './presenceModel';
import { useWorkshop } from './WorkshopContext';

/** Avatars shown before the rest fold into "+N". */
const SHOWN = 8;

export function usePeers(): Peer[] {
  const { presence } = useWorkshop().workshop;
  return useSyncExternalStore(presence.subscribeList, presence.getList);
}

const describe = (t: Translate, p: Peer) =>
  t(p.idle ? 'avatars.describeIdle' : 'avatars.describe', { name: p.name, role: t(`role.${p.role}`) });

/**
 * Who is here: an avatar per person (initials in their colour, dimmed when idle), "+N"
 * past eight opening the whole list. Clicking someone follows their view.
 */
export function AvatarStack() {
  const { workshop } = useWorkshop();
  const peers = usePeers();
  const t = useT();
  const following = useValue(workshop.following);
  const follow = (id: number) => workshop.following.set(following === id ? null : id);
  const shown = peers.slice(0, SHOWN);
  const rest = peers.length - shown.length;
  return (
    <fieldset className="avatar-stack" data-testid="avatars">
      <legend className="sr-only">{t('avatars.others', { count: peers.length })}</legend>
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
          title={t(following === p.clientId ? 'avatars.stopFollowing' : 'avatars.follow', { who: describe(t, p) })}
          aria-pressed={following === p.clientId}
          onClick={() => follow(p.clientId)}
        >
          {initials(p.name)}
          <span className="sr-only">{describe(t, p)}</span>
        </button>
      ))}
      {rest > 0 && (
        <Popover
          label={`+${rest}`}
          className="avatar avatar-more"
          title={t('avatars.more', { count: rest })}
          testId="avatars-more"
          panelTestId="people-here"
          panelLabel={t('avatars.everyone')}
          align="right"
        >
          {(close) => (
            <ul className="people-here">
              {peers.map((p) => (
                <li key={p.clientId}>
                  <button
                    type="button"
                    className="people-here-row"
                    title={t('avatars.followTitle')}
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
                      {t(`role.${p.role}`)}
                      {p.idle ? t('avatars.idleSuffix') : ''}
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
