/** Where a facilitator runs a session (`/samtal/kor/?id=<id>`), and the room's projector window. */
export const RUNNING_SESSION_PATHS = ['/samtal/kor/', '/samtal/projektor/'] as const;

/**
 * Whether a new version may be offered on this page. Never during a running session, nor on the
 * projector the room sees: the offer waits until the facilitator goes to another page, where the
 * waiting version is offered again.
 */
export const mayOfferUpdate = (pathname: string): boolean =>
	!RUNNING_SESSION_PATHS.some((path) => pathname.startsWith(path));
