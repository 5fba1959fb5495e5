// Serves the built site (dist/) for the end-to-end tests, as a static host would: directory
// indexes, the 404 page with status 404, nothing else. Separate from `astro preview` so that tests
// can run while `npm start` is serving on port 4321 (Astro allows one preview per project).
// Usage: node scripts/serve-dist.mjs [port] [folder]; the offline tests serve a second build.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? 4322);
const root = process.argv[3] ?? 'dist';
const notFound = readFileSync(`${root}/404.html`);
const serve = sirv(root, { dev: false, etag: true, extensions: ['html'] });

createServer((request, response) =>
	serve(request, response, () => {
		response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(notFound);
	}),
).listen(port, 'localhost', () => console.log(`Serving ${root}/ on http://localhost:${port}`));
