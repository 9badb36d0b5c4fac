import { describe, expect, it } from 'vitest';
import { applyTimerAction, parseWorkshopRequest, TIMER_STOPPED, type TimerState, timerRemaining } from './workshop.js';

describe('parseWorkshopRequest', () => {
  it('reads each kind of request', () => {
    expect(parseWorkshopRequest('{"type":"hello"}')).toEqual({ type: 'hello' });
    expect(parseWorkshopRequest('{"type":"present","clientId":42}')).toEqual({ type: 'present', clientId: 42 });
    expect(parseWorkshopRequest('{"type":"timer","action":"start","seconds":300}')).toEqual({
      type: 'timer',
      action: 'start',
      seconds: 300,
    });
    expect(parseWorkshopRequest('{"type":"timer","action":"pause"}')).toEqual({ type: 'timer', action: 'pause' });
  });

  it('says what is wrong and where', () => {
    expect(parseWorkshopRequest('{"type":')).toEqual({ error: 'workshop message is not JSON' });
    const tooLong = parseWorkshopRequest(`{"type":"timer","action":"start","seconds":${24 * 3600}}`);
    expect(tooLong).toMatchObject({ error: expect.stringContaining('seconds') });
    expect(parseWorkshopRequest('{"type":"vote-everything"}')).toHaveProperty('error');
    expect(parseWorkshopRequest('{"type":"hello","role":"owner"}')).toHaveProperty('error');
    expect(parseWorkshopRequest('{"type":"present","clientId":-1}')).toMatchObject({
      error: expect.stringContaining('clientId'),
    });
  });
});

describe('the timer', () => {
  const t0 = 1_000_000;
  const start = (seconds: number, now = t0) =>
    applyTimerAction(TIMER_STOPPED, { type: 'timer', action: 'start', seconds }, now) as TimerState;

  it('counts down in the server clock and stops at 0', () => {
    const timer = start(300);
    expect(timerRemaining(timer, t0)).toBe(300_000);
    expect(timerRemaining(timer, t0 + 299_000)).toBe(1_000);
    expect(timerRemaining(timer, t0 + 400_000)).toBe(0);
    expect(timerRemaining(TIMER_STOPPED, t0)).toBe(0);
  });

  it('pauses with the time left, and resumes from there', () => {
    const paused = applyTimerAction(start(300), { type: 'timer', action: 'pause' }, t0 + 60_000) as TimerState;
    expect(paused).toEqual({ status: 'paused', remainingMs: 240_000, durationMs: 300_000 });
    expect(timerRemaining(paused, t0 + 999_000)).toBe(240_000);
    const resumed = applyTimerAction(paused, { type: 'timer', action: 'resume' }, t0 + 500_000) as TimerState;
    expect(timerRemaining(resumed, t0 + 500_000)).toBe(240_000);
    expect(applyTimerAction(resumed, { type: 'timer', action: 'resume' }, t0)).toEqual({
      error: 'the timer is not paused',
    });
  });

  it('extends a running, paused or finished timer', () => {
    const running = applyTimerAction(start(60), { type: 'timer', action: 'extend', seconds: 60 }, t0 + 30_000);
    expect(timerRemaining(running as TimerState, t0 + 30_000)).toBe(90_000);
    const finished = applyTimerAction(start(60), { type: 'timer', action: 'extend', seconds: 120 }, t0 + 90_000);
    expect(finished).toEqual({ status: 'running', endsAt: t0 + 90_000 + 120_000, durationMs: 120_000 });
    expect(applyTimerAction(start(60), { type: 'timer', action: 'pause' }, t0 + 61_000)).toEqual({
      error: 'the timer is not running',
    });
  });
});
