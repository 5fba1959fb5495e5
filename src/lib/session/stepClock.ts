/**
 * The time spent on one agenda step, derived from a clock (`performance.now()`): a timer that counts
 * its own ticks drifts, and loses whole minutes when a background tab throttles them. Pure: every
 * function takes the time now, in milliseconds.
 */
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
