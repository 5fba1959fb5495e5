import { isCalendarDay } from '../format/dates';

/**
 * The dates a meeting can have: a real calendar day within bounds that keep a typo ("0002-12-03", a
 * five-digit year) out of the sessions list and the minutes.
 */
export const MEETING_DATE_MIN = '2020-01-01';
export const MEETING_DATE_MAX = '2099-12-31';

export type MeetingDateProblem = 'missing' | 'invalid' | 'out-of-range';

export const MEETING_DATE_PROBLEMS: Record<MeetingDateProblem, string> = {
	missing: 'Välj mötets datum.',
	invalid: 'Datumet går inte att läsa. Skriv det som år-månad-dag, till exempel 2026-12-03.',
	'out-of-range': 'Välj ett datum mellan 1 januari 2020 och 31 december 2099.',
};

/** What is wrong with a meeting date (`YYYY-MM-DD`, as a date field gives it), or undefined if nothing. */
export const checkMeetingDate = (value: string): MeetingDateProblem | undefined => {
	if (!value) return 'missing';
	if (!isCalendarDay(value)) return 'invalid';
	return value < MEETING_DATE_MIN || value > MEETING_DATE_MAX ? 'out-of-range' : undefined;
};
