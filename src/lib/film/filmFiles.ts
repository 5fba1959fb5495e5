/** File endings of video files browsers commonly play, for files the system gives no type. */
const VIDEO_ENDINGS = /\.(mp4|m4v|webm|ogv|mov)$/i;

/** Whether a chosen file looks like a video (the browser decides later whether it can play it). */
export const isVideoFile = ({ name, type }: { name: string; type: string }): boolean =>
	type.startsWith('video/') || (type === '' && VIDEO_ENDINGS.test(name));

/** Whether `text` is a WebVTT file: it must begin with `WEBVTT` (after an optional byte-order mark). */
export const isWebVtt = (text: string): boolean => /^\uFEFF?WEBVTT(?:[ \t][^\r\n]*)?(?:\r?\n|$)/.test(text);
