/**
 * The time spent on one agenda step, derived from a clock (`performance.now()`): a timer that counts
 * its own ticks drifts, and loses whole minutes when a background tab throttles them. Pure: every
 * function takes the time now, in milliseconds.
 */
import { toMinutesSeconds } from '../format/dates';

export interface StepClock {
	/** When the step began. */
	startedAt: number;
	/** When the current pause began; null while running. */
	pausedAt: number | null;
	/** Milliseconds spent in earlier pauses. */
	pausedFor: number;
}

export const startClock = (now: number): StepClock => ({ startedAt: now, pausedAt: null, pausedFor: 0 });

export const pauseClock = (clock: StepClock, now: number): StepClock =>
	clock.pausedAt === null ? { ...clock, pausedAt: now } : clock;

export const resumeClock = (clock: StepClock, now: number): StepClock =>
	clock.pausedAt === null ? clock : { ...clock, pausedAt: null, pausedFor: clock.pausedFor + (now - clock.pausedAt) };

/** Whole seconds the step has run, pauses not counted. */
export const elapsedSeconds = (clock: StepClock, now: number): number =>
	Math.max(0, Math.floor(((clock.pausedAt ?? now) - clock.startedAt - clock.pausedFor) / 1000));

/** The step's time as shown, on the facilitator's screen and the projector alike. */
export interface TimeShown {
	text: string;
	/** Two minutes or less left: amber; past the time: the overtime in warning colours. */
	tone: 'normal' | 'soon' | 'over';
}

/**
 * "Tid kvar: 4:05 av 5 min", "1:05 över tiden" or "Ingen tid avsatt", with "(pausad)" while the
 * facilitator has stopped the time.
 */
export const describeTime = (totalMinutes: number, leftSeconds: number, running: boolean): TimeShown => {
	const paused = running ? '' : ' (pausad)';
	if (totalMinutes === 0) return { text: `Ingen tid avsatt${paused}`, tone: 'normal' };
	if (leftSeconds < 0) return { text: `${toMinutesSeconds(leftSeconds)} över tiden${paused}`, tone: 'over' };
	return {
		text: `Tid kvar: ${toMinutesSeconds(leftSeconds)} av ${totalMinutes} min${paused}`,
		tone: leftSeconds <= 120 ? 'soon' : 'normal',
	};
};
