import { onMount } from 'svelte';
import { onBeforeClose } from '../../lib/db/db';
import { describeSaveError } from '../../lib/db/errors';
import { sessionOwner, updateSession, type SessionAction, type StoredSession } from '../../lib/db/sessions';
import type { SessionStep } from '../../lib/session/agenda';
import { createSessionMachine } from '../../lib/session/createSessionMachine';
import { flowVersion, isSessionContext, toSavedFlow } from '../../lib/session/savedFlow';
import { useActor, type Restore } from '../../lib/state/useActor.svelte';

/** How long the action list may rest before it is saved. */
const ACTIONS_DELAY_MS = 500;

const NOTICES: Partial<Record<Restore, string>> = {
	versionChanged:
		'Reflektionsfrågorna har ändrats sedan samtalet började, så det börjar om från inledningen. Gruppens svar finns kvar.',
	unreadable: 'Samtalets sparade läge gick inte att läsa, så det börjar om från inledningen. Gruppens svar finns kvar.',
};

/**
 * A running session: its flow through the actor bridge (resumed only under the same questions),
 * every move saved, and the action list saved after a pause in typing and before the page closes.
 * Call during component setup, once the session has been read.
 */
export function createSessionRun(session: StoredSession, questionIds: string[]) {
	const view = $state({ actions: session.actions ?? [], problem: '' });
	let actionsTimer: ReturnType<typeof setTimeout> | undefined;
	// Moves are saved one after another, so the stored position is always the last one.
	let saving = Promise.resolve();

	const actor = useActor(createSessionMachine(), {
		input: { questions: questionIds },
		version: flowVersion(questionIds),
		saved: toSavedFlow(session.flow, questionIds),
		isContext: isSessionContext(questionIds),
		persist: (flow, snapshot) => {
			const changes = {
				// XState's persisted snapshot; updateSession checks it against the record schema.
				flow: flow as StoredSession['flow'],
				step: snapshot.value as SessionStep,
				questionIndex: snapshot.context.index,
				...(snapshot.value === 'summary' ? { status: 'completed' as const } : {}),
			};
			saving = saving
				.then(() => updateSession(session.id, changes))
				.catch((error: unknown) => void (view.problem = describeSaveError(error)));
		},
	});

	async function saveActions() {
		clearTimeout(actionsTimer);
		try {
			await updateSession(session.id, { actions: JSON.parse(JSON.stringify(view.actions)) });
		} catch (error) {
			view.problem = describeSaveError(error);
		}
	}

	onMount(() => onBeforeClose(() => saveActions()));

	return {
		view,
		/** Whose answers and exercise runs these are. */
		owner: sessionOwner(session.id),
		/** A notice when the stored position could not be used (the answers are never touched). */
		notice: NOTICES[actor.restore] ?? '',
		get snapshot() {
			return actor.snapshot;
		},
		send: actor.send,
		changeActions(next: SessionAction[]) {
			view.actions = next;
			clearTimeout(actionsTimer);
			actionsTimer = setTimeout(() => void saveActions(), ACTIONS_DELAY_MS);
		},
	};
}
