import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST_DIR, listBuiltHtml, listBuiltRoutes } from '../helpers/builtPages';

const cspOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
const directives = (csp: string) =>
	Object.fromEntries(
		csp
			.split(';')
			.map((part) => part.trim())
			.filter(Boolean)
			.map((part) => {
				const [name, ...values] = part.split(/\s+/);
				return [name!, values];
			}),
	);

test('every built page carries a strict Content-Security-Policy', () => {
	const files = listBuiltHtml();
	expect(files.length).toBeGreaterThan(20);
	for (const file of files) {
		const csp = cspOf(readFileSync(join(DIST_DIR, file), 'utf8'));
		expect(csp, file).toBeDefined();
		const policy = directives(csp!);
		expect(policy['default-src'], file).toEqual(["'self'"]);
		expect(policy['object-src'], file).toEqual(["'none'"]);
		expect(policy['base-uri'], file).toEqual(["'none'"]);
		expect(policy['connect-src'], file).toEqual(["'self'"]);
		for (const directive of ['script-src', 'style-src']) {
			expect(policy[directive], `${file} ${directive}`).toBeDefined();
			expect(policy[directive], `${file} ${directive}`).not.toContain("'unsafe-inline'");
			expect(policy[directive], `${file} ${directive}`).not.toContain("'unsafe-eval'");
		}
		expect(
			policy['script-src']!.filter((source) => /^https?:/.test(source)),
			file,
		).toEqual([]);
	}
});

test('no page, and no interaction on the interactive ones, breaks the policy, sets a cookie or calls another site', async ({
	page,
	context,
	baseURL,
}) => {
	test.setTimeout(120_000);
	await context.addInitScript(() => {
		(window as { violations?: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as { violations?: string[] }).violations!.push(`${event.violatedDirective} ${event.blockedURI}`),
		);
	});
	const foreign: string[] = [];
	page.on('request', (request) => {
		if (request.url().startsWith('http') && new URL(request.url()).origin !== new URL(baseURL!).origin)
			foreign.push(request.url());
	});
	const violations = () => page.evaluate(() => (window as { violations?: string[] }).violations ?? []);

	for (const route of listBuiltRoutes()) {
		await page.goto(route, { waitUntil: 'networkidle' });
		expect(await violations(), route).toEqual([]);
	}
	// Interactive parts: search (WebAssembly), an exercise choice, an answer saved.
	await page.goto('/sok/?q=samtycke');
	await expect(page.getByRole('main').getByRole('status')).toHaveText(/träff/);
	expect(await violations(), 'search').toEqual([]);
	await page.goto('/scenario/1/');
	const field = page.getByRole('textbox').first();
	await expect(field).toBeEditable();
	await field.fill('Ett svar');
	await field.blur();
	await expect(page.getByText('Sparat').first()).toBeVisible();
	expect(await violations(), 'answer').toEqual([]);

	expect(await context.cookies()).toEqual([]);
	expect(await page.evaluate(() => document.cookie)).toBe('');
	expect(foreign).toEqual([]);
});
