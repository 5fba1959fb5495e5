import { describe, expect, it } from 'vitest';
import { checkMeetingDate, MEETING_DATE_MAX, MEETING_DATE_MIN } from '../../../src/lib/session/meetingDate';

describe('a meeting date', () => {
	it.each([['2026-12-03'], [MEETING_DATE_MIN], [MEETING_DATE_MAX], ['2028-02-29']])('%s is a good date', (value) => {
		expect(checkMeetingDate(value)).toBeUndefined();
	});

	it.each([
		['', 'missing'],
		['0002-12-03', 'out-of-range'],
		['2019-12-31', 'out-of-range'],
		['2100-01-01', 'out-of-range'],
		['70115-02-02', 'invalid'],
		['2026-02-30', 'invalid'],
		['2027-02-29', 'invalid'],
		['2026-13-01', 'invalid'],
		['3 december 2026', 'invalid'],
	])('%s is refused as %s', (value, problem) => {
		expect(checkMeetingDate(value)).toBe(problem);
	});
});
