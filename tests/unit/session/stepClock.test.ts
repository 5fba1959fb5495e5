import { describe, expect, it } from 'vitest';
import { elapsedSeconds, pauseClock, resumeClock, startClock } from '../../../src/lib/session/stepClock';

describe('the step clock', () => {
	it('reads the time from the clock, however seldom it is asked', () => {
		const clock = startClock(10_000);
		// One look after 7 minutes (a throttled background tab): all 420 seconds are there.
		expect(elapsedSeconds(clock, 10_000 + 420_000)).toBe(420);
		expect(elapsedSeconds(clock, 10_000 + 999)).toBe(0);
		expect(elapsedSeconds(clock, 10_000 + 61_500)).toBe(61);
	});

	it('leaves pauses out, and stands still while paused', () => {
		let clock = startClock(0);
		clock = pauseClock(clock, 30_000);
		expect(elapsedSeconds(clock, 90_000)).toBe(30);
		// Pausing twice keeps the first pause's start.
		clock = pauseClock(clock, 60_000);
		clock = resumeClock(clock, 120_000);
		expect(elapsedSeconds(clock, 120_000)).toBe(30);
		expect(elapsedSeconds(clock, 150_000)).toBe(60);
		clock = resumeClock(clock, 200_000);
		clock = pauseClock(clock, 210_000);
		clock = resumeClock(clock, 300_000);
		expect(elapsedSeconds(clock, 310_000)).toBe(130);
	});

	it('never shows negative time, even if the clock is read early', () => {
		expect(elapsedSeconds(startClock(5_000), 4_000)).toBe(0);
	});
});
