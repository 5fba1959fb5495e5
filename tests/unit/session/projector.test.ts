// Messages between the facilitator's window and the projector window come from another window:
// each is read field by field, and anything else is dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	projectorKeyOf,
	readFromProjector,
	readToProjector,
	type ProjectorSlide,
} from '../../../src/lib/session/projector';

const SLIDE: ProjectorSlide = {
	step: 'questions',
	heading: 'Varför är det viktigt att dela information om barnets situation?',
	meta: 'Om att dela information · Fråga 1 av 3',
	scenario: 1,
	title: 'Ett barn visar förändrat beteende i skolan',
	timer: { text: 'Tid kvar: 4:05 av 5 min', tone: 'normal' },
	paused: false,
	blank: false,
};

describe('messages to the projector', () => {
	it('reads the facilitator window’s own messages unchanged', () => {
		expect(readToProjector({ type: 'slide', slide: SLIDE })).toEqual({ type: 'slide', slide: SLIDE });
		expect(readToProjector({ type: 'slide', slide: { ...SLIDE, timer: null } })).toEqual({
			type: 'slide',
			slide: { ...SLIDE, timer: null },
		});
		for (const type of ['hello', 'film', 'closed'] as const) expect(readToProjector({ type })).toEqual({ type });
	});

	it.each([
		['an unknown step', { ...SLIDE, step: 'dessert' }],
		['a heading that is not text', { ...SLIDE, heading: ['x'] }],
		['an endless heading', { ...SLIDE, heading: 'x'.repeat(2001) }],
		['a scenario that is not a whole number', { ...SLIDE, scenario: 1.5 }],
		['a missing field', (({ blank: _blank, ...rest }) => rest)(SLIDE)],
		['an extra field', { ...SLIDE, html: '<img src=x onerror=alert(1)>' }],
		['a timer of another tone', { ...SLIDE, timer: { text: '1:00', tone: 'red' } }],
		['a pause that is not yes or no', { ...SLIDE, paused: 'true' }],
	])('drops a slide with %s', (_what, slide) => {
		expect(readToProjector({ type: 'slide', slide })).toBeUndefined();
	});

	it('drops anything that is not one of its messages', () => {
		fc.assert(
			fc.property(fc.anything(), (data) => {
				const read = readToProjector(data);
				// Whatever is accepted is exactly a message the facilitator's window could have sent.
				if (read) expect(read).toEqual(data);
			}),
		);
		expect(readToProjector({ type: 'slide' })).toBeUndefined();
		expect(readToProjector({ type: 'hello', extra: 1 })).toBeUndefined();
		expect(readToProjector(null)).toBeUndefined();
		expect(readToProjector([{ type: 'hello' }])).toBeUndefined();
	});
});

describe('messages from the projector', () => {
	it('reads its hello, bye, keys and film state', () => {
		expect(readFromProjector({ type: 'hello' })).toEqual({ type: 'hello' });
		expect(readFromProjector({ type: 'bye' })).toEqual({ type: 'bye' });
		expect(readFromProjector({ type: 'key', key: 'next' })).toEqual({ type: 'key', key: 'next' });
		expect(readFromProjector({ type: 'filmState', playing: true, blocked: false })).toEqual({
			type: 'filmState',
			playing: true,
			blocked: false,
		});
	});

	it('drops unknown keys and malformed states', () => {
		expect(readFromProjector({ type: 'key', key: 'delete' })).toBeUndefined();
		expect(readFromProjector({ type: 'filmState', playing: 1, blocked: false })).toBeUndefined();
		expect(readFromProjector({ type: 'slide', slide: SLIDE })).toBeUndefined();
		fc.assert(
			fc.property(fc.anything(), (data) => {
				const read = readFromProjector(data);
				if (read) expect(read).toEqual(data);
			}),
		);
	});

	it('forwards a clicker’s and keyboard’s keys, and no others', () => {
		expect(['PageDown', 'ArrowRight', ' '].map(projectorKeyOf)).toEqual(['next', 'next', 'next']);
		expect(['PageUp', 'ArrowLeft'].map(projectorKeyOf)).toEqual(['back', 'back']);
		expect(['b', 'B', '.'].map(projectorKeyOf)).toEqual(['blank', 'blank', 'blank']);
		expect(['Enter', 'constructor', 'toString', 'x'].map(projectorKeyOf)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});
});
