import { READINESS_CHECKS } from '@planroom/shared';
import type { OpenKickoff } from './useKickoff';

const total = Object.keys(READINESS_CHECKS).length;

/** What the kickoff still lacks, in words; it shrinks as the meeting fills things in. */
export function ReadinessPanel({ open }: { open: OpenKickoff }) {
  const { gaps, done, ready } = open.readiness;
  return (
    <aside className={`readiness${ready ? ' is-ready' : ''}`} data-testid="readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Readiness</h2>
      <p className="readiness-count" data-testid="readiness-count">
        {ready ? 'Ready: everything a kickoff settles is here.' : `${done.length} of ${total} done. Still missing:`}
      </p>
      {!ready && (
        <ul>
          {gaps.map((gap) => (
            <li key={`${gap.check}:${gap.recordId ?? ''}`} data-testid="readiness-gap" data-check={gap.check}>
              {gap.text}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
