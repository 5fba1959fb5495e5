import { describe, expect, it } from 'vitest';
import { toEmbedPlayer } from '../../../src/lib/film/embedPlayer';
import { isVideoFile, isWebVtt } from '../../../src/lib/film/filmFiles';

describe('film files', () => {
	it('are videos by their type, or by their ending when the system gives no type', () => {
		expect(isVideoFile({ name: 'film.webm', type: 'video/webm' })).toBe(true);
		expect(isVideoFile({ name: 'film', type: 'video/mp4' })).toBe(true);
		expect(isVideoFile({ name: 'Scenario 1.MOV', type: '' })).toBe(true);
		expect(isVideoFile({ name: 'film.mp4.txt', type: 'text/plain' })).toBe(false);
		expect(isVideoFile({ name: 'undertexter.vtt', type: '' })).toBe(false);
	});

	it('captions are WebVTT when they begin with WEBVTT, after an optional byte-order mark', () => {
		expect(isWebVtt('WEBVTT\n\n00:00.000 --> 00:01.000\nHej')).toBe(true);
		expect(isWebVtt('\uFEFFWEBVTT - Scenario 1\r\n')).toBe(true);
		expect(isWebVtt('WEBVTT')).toBe(true);
		expect(isWebVtt('WEBVTTX\n')).toBe(false);
		expect(isWebVtt('1\n00:00:00,000 --> 00:00:01,000\nHej\n')).toBe(false);
	});
});

describe('an embedded player', () => {
	it('names the site it is loaded from and starts at once, as the user has just clicked', () => {
		expect(toEmbedPlayer('https://www.youtube-nocookie.com/embed/abc123')).toEqual({
			host: 'www.youtube-nocookie.com',
			src: 'https://www.youtube-nocookie.com/embed/abc123?autoplay=1',
		});
	});

	it('asks Vimeo not to track the viewer', () => {
		expect(toEmbedPlayer('https://player.vimeo.com/video/42?h=x').src).toBe(
			'https://player.vimeo.com/video/42?h=x&autoplay=1&dnt=1',
		);
	});
});
