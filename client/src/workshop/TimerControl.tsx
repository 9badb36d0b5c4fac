import type { WorkshopRequest } from '@planroom/shared';
import { useEffect, useState } from 'react';
import { Popover } from '../ui/Popover';
import { useValue } from '../ui/useValue';
import { useWorkshop } from './WorkshopContext';

const SOUND_KEY = 'planroom.timerSound';
const PRESETS = [3, 5, 10, 15];

export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

function soundOn(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

function chime(): void {
  const Ctx = window.AudioContext;
  if (!Ctx) return;
  const audio = new Ctx();
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  tone.frequency.value = 880;
  gain.gain.setValueAtTime(0.2, audio.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 1.2);
  tone.connect(gain).connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 1.2);
  tone.onended = () => void audio.close();
}

/** The time left, redrawn four times a second while the timer runs. */
function useRemaining(): number {
  const { channel } = useWorkshop().workshop;
  const timer = useValue(channel.timer);
  const [left, setLeft] = useState(() => channel.remaining());
  useEffect(() => {
    setLeft(channel.remaining());
    if (timer.status !== 'running') return;
    let was = channel.remaining();
    const tick = setInterval(() => {
      const now = channel.remaining();
      if (was > 0 && now === 0 && soundOn()) chime();
      was = now;
      setLeft(now);
    }, 250);
    return () => clearInterval(tick);
  }, [channel, timer]);
  return left;
}

/** One of the owner's timer actions. */
function TimerButton({ label, request }: { label: string; request: WorkshopRequest }) {
  const { channel } = useWorkshop().workshop;
  return (
    <button type="button" className="button small" onClick={() => channel.send(request)}>
      {label}
    </button>
  );
}

/**
 * The workshop timer everyone sees, counted in the server's clock. The owner starts,
 * pauses, extends and stops it; anyone can turn on a chime for the end (off by default).
 */
export function TimerControl() {
  const { workshop, role } = useWorkshop();
  const timer = useValue(workshop.channel.timer);
  const left = useRemaining();
  const [sound, setSound] = useState(soundOn);
  const owner = role === 'owner';
  if (timer.status === 'stopped' && !owner) return null;
  const label =
    timer.status === 'stopped' ? 'Timer' : `${formatRemaining(left)}${timer.status === 'paused' ? ' paused' : ''}`;
  return (
    <Popover
      label={
        <span className={`timer-face${left === 0 && timer.status === 'running' ? ' is-done' : ''}`} data-testid="timer">
          {label}
        </span>
      }
      className="button timer-button"
      title={owner ? 'Workshop timer: start, pause, extend, stop' : 'Time left (the facilitator runs the timer)'}
      testId="timer-button"
      panelTestId="timer-panel"
      panelLabel="Timer"
      align="right"
    >
      {() => (
        <div className="timer-panel">
          {owner && (
            <>
              <div className="timer-row">
                {PRESETS.map((m) => (
                  <TimerButton
                    key={m}
                    label={`${m} min`}
                    request={{ type: 'timer', action: 'start', seconds: m * 60 }}
                  />
                ))}
              </div>
              <div className="timer-row">
                {timer.status === 'running' && left > 0 && (
                  <TimerButton label="Pause" request={{ type: 'timer', action: 'pause' }} />
                )}
                {timer.status === 'paused' && (
                  <TimerButton label="Resume" request={{ type: 'timer', action: 'resume' }} />
                )}
                <TimerButton label="+1 min" request={{ type: 'timer', action: 'extend', seconds: 60 }} />
                {timer.status !== 'stopped' && <TimerButton label="Stop" request={{ type: 'timer', action: 'stop' }} />}
              </div>
            </>
          )}
          <label className="timer-sound">
            <input
              type="checkbox"
              checked={sound}
              onChange={(e) => {
                setSound(e.target.checked);
                try {
                  localStorage.setItem(SOUND_KEY, e.target.checked ? 'on' : 'off');
                } catch {
                  // storage unavailable: the choice lasts for this page
                }
              }}
            />
            Chime when time is up
          </label>
        </div>
      )}
    </Popover>
  );
}
