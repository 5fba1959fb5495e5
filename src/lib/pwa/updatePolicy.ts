/** Where a facilitator runs a session from the projector: `/samtal/kor/?id=<id>`. */
export const RUNNING_SESSION_PATH = '/samtal/kor/';

/**
 * Whether a new version may be offered on this page. Never during a running session: the offer
 * waits until the facilitator goes to another page, where the waiting version is offered again.
 */
export const mayOfferUpdate = (pathname: string): boolean => !pathname.startsWith(RUNNING_SESSION_PATH);
