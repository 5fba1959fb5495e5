/**
 * The one place dates and times become text. Everything is shown as a reader in Sweden sees it:
 * Swedish words and the Stockholm clock (winter and summer time), whatever time zone the device or
 * the build machine is set to. Stored values stay ISO instants (`toISOString()`); only display and
 * "which day is it" go through here. A unit test fails when a date is formatted anywhere else.
 */

export const LOCALE = 'sv-SE';
export const TIME_ZONE = 'Europe/Stockholm';

/** A moment, as a Date or as an ISO string (`2026-11-23` or `2026-11-23T22:30:00.000Z`). */
export type DateInput = Date | string;

const toDate = (value: DateInput): Date => (typeof value === 'string' ? new Date(value) : value);

// Made on first use: building a formatter for a time zone loads the zone's rules, which costs tens of
// milliseconds on a slow device — too much to spend while every page that imports this module starts.
const lazy = (options: Intl.DateTimeFormatOptions) => {
	let format: Intl.DateTimeFormat | undefined;
	return () => (format ??= new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: TIME_ZONE }));
};
const LONG_DATE = lazy({ dateStyle: 'long' });
const TIME = lazy({ hour: '2-digit', minute: '2-digit' });
const DAY_PARTS = lazy({ year: 'numeric', month: '2-digit', day: '2-digit' });

const MONTHS = [
	'januari',
	'februari',
	'mars',
	'april',
	'maj',
	'juni',
	'juli',
	'augusti',
	'september',
	'oktober',
	'november',
	'december',
];
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "23 november 2026": the Stockholm day of a moment, as Swedish readers write it. A calendar date
 * ("2026-11-23", as sessions store their meeting day) is that day wherever the clock is, so it is
 * written out by hand: the sessions list shows one per row, and the first formatter a page builds
 * costs 50–100 ms of its start. A unit test holds the two ways to the same text.
 */
export const toSwedishDate = (value: DateInput): string => {
	const day = typeof value === 'string' ? CALENDAR_DAY.exec(value) : null;
	const month = day ? MONTHS[Number(day[2]) - 1] : undefined;
	if (day && month && Number(day[3]) >= 1 && Number(day[3]) <= 31) {
		return `${Number(day[3])} ${month} ${Number(day[1])}`;
	}
	return LONG_DATE().format(toDate(value));
};

/** "2026-11-23": the Stockholm day of a moment, for `<time datetime>`, file names and date fields. */
export const toIsoDate = (value: DateInput): string => {
	const parts = Object.fromEntries(
		DAY_PARTS()
			.formatToParts(toDate(value))
			.map(({ type, value: v }) => [type, v]),
	);
	return `${parts.year}-${parts.month}-${parts.day}`;
};

/** "23:30": the Stockholm clock time of a moment. */
export const toTime = (value: DateInput): string => TIME().format(toDate(value));

/** "23 november 2026 kl. 23:30". */
export const toSwedishDateTime = (value: DateInput): string => `${toSwedishDate(value)} kl. ${toTime(value)}`;

/** Today's date in Stockholm, "2026-11-23" (a new session's default date). */
export const todayIso = (now: Date = new Date()): string => toIsoDate(now);

/** "4:05", or "0:30": a length of time in minutes and seconds (the sign is left to the caller). */
export const toMinutesSeconds = (seconds: number): string => {
	const whole = Math.floor(Math.abs(seconds));
	const rest = whole % 60;
	return `${Math.floor(whole / 60)}:${rest < 10 ? '0' : ''}${rest}`;
};

/** Whether `value` is a real calendar day written `YYYY-MM-DD` ("2026-02-30" is not). */
export const isCalendarDay = (value: string): boolean => {
	const match = CALENDAR_DAY.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	// setUTCFullYear, not Date.UTC: that reads years 0–99 as 1900–1999.
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
