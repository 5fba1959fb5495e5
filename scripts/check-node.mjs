// Fails early, with a clear message, on a Node.js older than the project needs.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`Samverkansrummet needs Node.js 22.12 or newer; this is ${process.version}.\n` +
			'Install a current Node.js (see .nvmrc), for example with `nvm install`, and try again.',
	);
	process.exit(1);
}
