import { type AgendaStep, PROJECT_KICKOFF_AGENDA, updateKickoff } from '@planroom/shared';
import { edit } from '../core/edit';
import { AddLine, RemoveButton } from './AddLine';
import { CellInput } from './CellInput';
import { useKickoffBoard } from './KickoffContext';
import { Empty, Section } from './Section';
import type { OpenKickoff } from './useKickoff';

/**
 * The meeting's plan: steps with time boxes. The agenda is written whole (it is set up
 * before the meeting, not during), and a step's "Start" runs the workshop timer for its
 * time box, for everyone, when this person runs the timer (the owner).
 */
export function AgendaSection({ open }: { open: OpenKickoff }) {
  const ctx = useKickoffBoard();
  const { kickoff } = open.view;
  const agenda = kickoff.agenda;
  const startTimer = ctx.kickoffSlots.startTimer;
  const total = agenda.reduce((sum, step) => sum + step.minutes, 0);
  const write = (next: AgendaStep[]) => updateKickoff(ctx.doc, kickoff.id, { agenda: next });
  const replace = (index: number, patch: Partial<AgendaStep>) =>
    write(agenda.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  return (
    <Section
      id="agenda"
      title="Agenda"
      hint={
        agenda.length
          ? `${agenda.length} steps, ${total} minutes.${startTimer ? ' Start a step to run the workshop timer for its time box.' : ''}`
          : undefined
      }
      actions={
        ctx.canEdit && agenda.length === 0 ? (
          <button
            type="button"
            className="button small"
            title="Introductions, objectives, scope, roles, timeline, risks, next steps: about an hour and a half"
            onClick={() => edit(ctx, () => write(PROJECT_KICKOFF_AGENDA.map((s) => ({ ...s }))))}
          >
            Use the kickoff agenda
          </button>
        ) : null
      }
    >
      {agenda.length === 0 ? (
        <Empty>No agenda yet.</Empty>
      ) : (
        <ol className="agenda" data-testid="agenda">
          {agenda.map((step, i) => (
            // steps have no ids: the agenda is replaced whole, and its order is its identity
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i} data-testid="agenda-step">
              <CellInput label="Step" value={step.title} commit={(title) => replace(i, { title })} />
              <CellInput
                label="Minutes"
                type="number"
                min={1}
                max={480}
                className="minutes"
                value={String(step.minutes)}
                commit={(minutes) => replace(i, { minutes: Number(minutes) })}
              />
              <span className="agenda-unit">min</span>
              {startTimer && (
                <button
                  type="button"
                  className="button small"
                  data-testid="agenda-start"
                  title={`Starts the workshop timer at ${step.minutes} minutes for everyone on the board`}
                  onClick={() => startTimer(step.minutes)}
                >
                  ▶ Start
                </button>
              )}
              <RemoveButton what={`step “${step.title}”`} onRemove={() => write(agenda.filter((_, j) => j !== i))} />
            </li>
          ))}
        </ol>
      )}
      <AddLine
        label="New agenda step"
        placeholder="Add a step (10 minutes; change it after)…"
        add={(title) => write([...agenda, { title, minutes: 10 }])}
      />
    </Section>
  );
}
