/**
 * The projector window: a second window (on the projector, or an extended screen) that shows the
 * room only the current step, while the facilitator's window keeps the scribe's field, notes and
 * controls. The two talk over a `BroadcastChannel` on this device; nothing leaves it. A message from
 * another window is read field by field before it is used, as any data from outside is.
 */
import { SESSION_STEPS, type SessionStep } from './agenda';
import type { TimeShown } from './stepClock';

/** The channel of one session's windows. */
export const projectorChannelName = (sessionId: string): string => `samverkansrummet:projektor:${sessionId}`;

/** The projector window's address for a session. */
export const projectorUrl = (sessionId: string): string => `/samtal/projektor/?id=${encodeURIComponent(sessionId)}`;

/** The name of the projector window: opening it again brings back the same window. */
export const PROJECTOR_WINDOW = 'samverkansrummet-projektor';

type TimerTone = TimeShown['tone'];

/** What the room sees: everything the projector window shows comes from here. */
export interface ProjectorSlide {
	step: SessionStep;
	/** The slide's heading: the question, or the step's name. */
	heading: string;
	/** The line above it: the theme and "Fråga 2 av 3", or the scenario. */
	meta: string;
	/** The scenario, whose stored film the film step plays, and its title. */
	scenario: number;
	title: string;
	/** The step's time, when the facilitator shows it. */
	timer: TimeShown | null;
	paused: boolean;
	blank: boolean;
}

/** Keys pressed in the projector window, which the facilitator's window carries out. */
export type ProjectorKey = 'next' | 'back' | 'blank';

/** From the facilitator's window to the projector. */
export type ToProjector =
	{ type: 'hello' } | { type: 'slide'; slide: ProjectorSlide } | { type: 'film' } | { type: 'closed' };

/** From the projector to the facilitator's window. */
export type FromProjector =
	| { type: 'hello' }
	| { type: 'bye' }
	| { type: 'key'; key: ProjectorKey }
	| { type: 'filmState'; playing: boolean; blocked: boolean };

/** Longest text a slide carries (a reflection question is a few hundred characters). */
const MAX_TEXT = 2000;

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
	typeof value === 'object' &&
	value !== null &&
	!Array.isArray(value) &&
	Object.getPrototypeOf(value) === Object.prototype;

/** `value` has exactly these keys (no more, none missing). */
const hasKeys = (value: Fields, keys: readonly string[]): boolean => {
	const own = Object.keys(value);
	return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
};

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

const STEPS: ReadonlySet<unknown> = new Set(SESSION_STEPS);
const TONES: ReadonlySet<unknown> = new Set<TimerTone>(['normal', 'soon', 'over']);
const KEYS: ReadonlySet<unknown> = new Set<ProjectorKey>(['next', 'back', 'blank']);

const readTimer = (value: unknown): TimeShown | null | undefined => {
	if (value === null) return null;
	if (!isFields(value) || !hasKeys(value, ['text', 'tone'])) return undefined;
	return isText(value.text) && TONES.has(value.tone) ? { text: value.text, tone: value.tone as TimerTone } : undefined;
};

const readSlide = (value: unknown): ProjectorSlide | undefined => {
	if (!isFields(value) || !hasKeys(value, ['step', 'heading', 'meta', 'scenario', 'title', 'timer', 'paused', 'blank']))
		return undefined;
	const { step, heading, meta, scenario, title, paused, blank } = value;
	const timer = readTimer(value.timer);
	if (!STEPS.has(step) || !isText(heading) || !isText(meta) || !isText(title) || timer === undefined) return undefined;
	if (!Number.isInteger(scenario) || (scenario as number) < 1 || (scenario as number) > 99) return undefined;
	if (typeof paused !== 'boolean' || typeof blank !== 'boolean') return undefined;
	return { step: step as SessionStep, heading, meta, scenario: scenario as number, title, timer, paused, blank };
};

/** A message for the projector, or undefined when it is not one. */
export const readToProjector = (data: unknown): ToProjector | undefined => {
	if (!isFields(data)) return undefined;
	if (data.type === 'slide' && hasKeys(data, ['type', 'slide'])) {
		const slide = readSlide(data.slide);
		return slide && { type: 'slide', slide };
	}
	if ((data.type === 'hello' || data.type === 'film' || data.type === 'closed') && hasKeys(data, ['type']))
		return { type: data.type };
	return undefined;
};

/** A message from the projector, or undefined when it is not one. */
export const readFromProjector = (data: unknown): FromProjector | undefined => {
	if (!isFields(data)) return undefined;
	if ((data.type === 'hello' || data.type === 'bye') && hasKeys(data, ['type'])) return { type: data.type };
	if (data.type === 'key' && hasKeys(data, ['type', 'key']) && KEYS.has(data.key))
		return { type: 'key', key: data.key as ProjectorKey };
	if (
		data.type === 'filmState' &&
		hasKeys(data, ['type', 'playing', 'blocked']) &&
		typeof data.playing === 'boolean' &&
		typeof data.blocked === 'boolean'
	)
		return { type: 'filmState', playing: data.playing, blocked: data.blocked };
	return undefined;
};

const KEY_MEANINGS: Record<string, ProjectorKey> = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'back',
	PageUp: 'back',
	b: 'blank',
	B: 'blank',
	'.': 'blank',
};

/** The key a presentation clicker or keyboard sent, as the projector window forwards it. */
export const projectorKeyOf = (key: string): ProjectorKey | undefined =>
	Object.hasOwn(KEY_MEANINGS, key) ? KEY_MEANINGS[key] : undefined;
