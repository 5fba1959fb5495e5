import { onMount } from 'svelte';
import {
	PROJECTOR_WINDOW,
	projectorChannelName,
	projectorUrl,
	readFromProjector,
	type ProjectorKey,
	type ProjectorSlide,
	type ToProjector,
} from '../../lib/session/projector';

interface LinkOptions {
	/** The slide the room should see now (read in an effect: every change is sent). */
	slide: () => Omit<ProjectorSlide, 'blank'>;
	/** A key pressed in the projector window (a clicker's focus may be in either window). */
	onkey: (key: Exclude<ProjectorKey, 'blank'>) => void;
}

/**
 * The facilitator's side of the projector window: opens it, tells it every change of the slide, and
 * carries out the keys pressed over there. Without a projector window nothing changes: the
 * facilitator's window is the one screen, as before. Call during component setup.
 */
export function createProjectorLink(sessionId: string, { slide, onkey }: LinkOptions) {
	const state = $state({ connected: false, blank: false, filmPlaying: false, filmBlocked: false });
	let channel: BroadcastChannel | undefined;
	const post = (message: ToProjector) => channel?.postMessage(message);
	const current = (): ProjectorSlide => ({ ...slide(), blank: state.blank });

	$effect(() => {
		const next = current();
		if (state.connected) post({ type: 'slide', slide: next });
	});

	onMount(() => {
		if (typeof BroadcastChannel === 'undefined') return;
		channel = new BroadcastChannel(projectorChannelName(sessionId));
		channel.onmessage = (event: MessageEvent) => {
			const message = readFromProjector(event.data);
			if (message?.type === 'hello') {
				state.connected = true;
				post({ type: 'slide', slide: current() });
			} else if (message?.type === 'bye') {
				Object.assign(state, { connected: false, blank: false, filmPlaying: false, filmBlocked: false });
			} else if (message?.type === 'filmState') {
				Object.assign(state, { filmPlaying: message.playing, filmBlocked: message.blocked });
			} else if (message?.type === 'key') {
				// Any key lights a blanked screen first, as in presentation software.
				if (message.key === 'blank' || state.blank) state.blank = !state.blank;
				else onkey(message.key);
			}
		};
		// A projector window left open (this page was reloaded) answers at once.
		post({ type: 'hello' });
		const close = () => post({ type: 'closed' });
		addEventListener('pagehide', close);
		return () => {
			removeEventListener('pagehide', close);
			close();
			channel?.close();
			channel = undefined;
		};
	});

	return {
		/** Whether a projector window is open and listening. */
		get connected() {
			return state.connected;
		},
		/** Whether the projector is blanked (B or .). */
		get blank() {
			return state.blank;
		},
		/** Whether the film plays on the projector. */
		get filmPlaying() {
			return state.filmPlaying;
		},
		/** Whether the projector's browser refused to start the film before a click in its window. */
		get filmBlocked() {
			return state.filmBlocked;
		},
		/** Opens the projector window (or brings back the one already open). */
		open() {
			window.open(projectorUrl(sessionId), PROJECTOR_WINDOW, 'popup,width=1280,height=720')?.focus();
		},
		/** Blanks or lights the projector when one is open; says whether it did. */
		toggleBlank(): boolean {
			if (state.connected) state.blank = !state.blank;
			return state.connected;
		},
		/** Plays or pauses the film on the projector. */
		toggleFilm() {
			post({ type: 'film' });
		},
	};
}

export type ProjectorLink = ReturnType<typeof createProjectorLink>;
