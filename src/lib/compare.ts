/**
 * Orders two strings by their UTF-16 code units: right for ISO dates and instants
 * (`2026-11-23T09:00:00.000Z`), and far cheaper than `localeCompare`, which asks the locale's
 * collation rules (a list of 500 sessions sorted that way costs a slow laptop real time).
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
