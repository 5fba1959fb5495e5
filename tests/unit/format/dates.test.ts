import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	toIsoDate,
	toMinutesSeconds,
	toSwedishDate,
	toSwedishDateTime,
	toTime,
	todayIso,
} from '../../../src/lib/format/dates';

// The same four moments around local midnight, written as UTC instants: Stockholm is UTC+1 in
// winter (CET) and UTC+2 in summer (CEST).
const WINTER_2330 = '2026-01-15T22:30:00.000Z'; // 15 January, 23:30 in Stockholm
const WINTER_0030 = '2026-01-15T23:30:00.000Z'; // 16 January, 00:30 in Stockholm (still the 15th in UTC)
const SUMMER_2330 = '2026-07-15T21:30:00.000Z'; // 15 July, 23:30 in Stockholm
const SUMMER_0030 = '2026-07-15T22:30:00.000Z'; // 16 July, 00:30 in Stockholm (still the 15th in UTC)

describe('dates around midnight in Stockholm', () => {
	const deviceZone = process.env.TZ;
	beforeEach(() => {
		vi.useFakeTimers();
		// A device set to another zone must still see the Stockholm day.
		process.env.TZ = 'America/New_York';
	});
	afterEach(() => {
		vi.useRealTimers();
		if (deviceZone === undefined) delete process.env.TZ;
		else process.env.TZ = deviceZone;
	});

	it.each([
		['winter, 23:30', WINTER_2330, '2026-01-15', '15 januari 2026', '23:30'],
		['winter, 00:30', WINTER_0030, '2026-01-16', '16 januari 2026', '00:30'],
		['summer, 23:30', SUMMER_2330, '2026-07-15', '15 juli 2026', '23:30'],
		['summer, 00:30', SUMMER_0030, '2026-07-16', '16 juli 2026', '00:30'],
	])('with the clock at %s, today is the Stockholm day', (_, now, iso, long, time) => {
		vi.setSystemTime(new Date(now));
		expect(todayIso()).toBe(iso);
		expect(toIsoDate(new Date())).toBe(iso);
		expect(toSwedishDate(new Date())).toBe(long);
		expect(toTime(new Date().toISOString())).toBe(time);
		expect(toSwedishDateTime(new Date())).toBe(`${long} kl. ${time}`);
	});

	it('shows a run saved at 00:30 on the day it was saved, not the UTC day before', () => {
		// An exercise run's `updatedAt` is stored as a UTC instant.
		expect(toSwedishDate(WINTER_0030)).toBe('16 januari 2026');
		expect(toSwedishDate(SUMMER_0030)).toBe('16 juli 2026');
	});
});

describe('calendar dates', () => {
	it('keeps a date-only value (a session date, a content review date) on its own day', () => {
		expect(toSwedishDate('2026-03-29')).toBe('29 mars 2026');
		expect(toIsoDate(new Date('2026-10-25'))).toBe('2026-10-25');
		expect(toSwedishDate(new Date('2026-12-31'))).toBe('31 december 2026');
	});

	it('writes every calendar date by hand exactly as Intl.DateTimeFormat("sv-SE") does', () => {
		const intl = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
				(date) => {
					const day = date.toISOString().slice(0, 10);
					expect(toSwedishDate(day)).toBe(intl.format(new Date(day)));
				},
			),
			{ numRuns: 3_000 },
		);
		for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2029, 0, 1); time += 86_400_000) {
			const day = new Date(time).toISOString().slice(0, 10);
			expect(toSwedishDate(day)).toBe(intl.format(new Date(day)));
		}
	});
});

describe('minutes and seconds', () => {
	it.each([
		[0, '0:00'],
		[5, '0:05'],
		[65, '1:05'],
		[600, '10:00'],
		[-75, '1:15'],
	])('%i seconds read as %s', (seconds, text) => {
		expect(toMinutesSeconds(seconds)).toBe(text);
	});
});
