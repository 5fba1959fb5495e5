/** What the film section needs to load a configured embedded player, and to say where it comes from. */
export interface EmbedPlayer {
	/** The site the player is loaded from, as shown to the user (`www.youtube-nocookie.com`). */
	host: string;
	/** The iframe address: starts playing at once (the user has just clicked) and, for Vimeo, asks not to track. */
	src: string;
}

/** The player for a scenario's `embedUrl` (an https address, checked by the content schema). */
export const toEmbedPlayer = (embedUrl: string): EmbedPlayer => {
	const url = new URL(embedUrl);
	url.searchParams.set('autoplay', '1');
	if (url.hostname === 'player.vimeo.com') url.searchParams.set('dnt', '1');
	return { host: url.hostname, src: url.href };
};
