import { describe, expect, it } from 'vitest';
import { describeTime, elapsedSeconds, pauseClock, resumeClock, startClock } from '../../../src/lib/session/stepClock';

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

describe('the time as shown', () => {
	it('counts down, turns amber at two minutes and shows the overtime', () => {
		expect(describeTime(5, 245, true)).toEqual({ text: 'Tid kvar: 4:05 av 5 min', tone: 'normal' });
		expect(describeTime(5, 121, true).tone).toBe('normal');
		expect(describeTime(5, 120, true)).toEqual({ text: 'Tid kvar: 2:00 av 5 min', tone: 'soon' });
		expect(describeTime(5, 0, true).tone).toBe('soon');
		expect(describeTime(5, -65, true)).toEqual({ text: '1:05 över tiden', tone: 'over' });
	});

	it('says when the time is stopped, and when the step has none', () => {
		expect(describeTime(10, 600, false).text).toBe('Tid kvar: 10:00 av 10 min (pausad)');
		expect(describeTime(0, -30, true)).toEqual({ text: 'Ingen tid avsatt', tone: 'normal' });
	});
});
