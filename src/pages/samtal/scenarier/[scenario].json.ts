import type { APIRoute, GetStaticPaths } from 'astro';
import { getSessionScenarios } from '../../../contentQueries';
import type { SessionScenario } from '../../../schemas/views';

// What a running session and its minutes need about one scenario (questions, film, exercise and its
// rule cards), as a file of its own: the session pages read only the scenario they show, instead of
// carrying every scenario in their HTML. The service worker precaches these files with the pages.
export const getStaticPaths = (async () =>
	(await getSessionScenarios()).map((scenario) => ({
		params: { scenario: String(scenario.number) },
		props: { scenario },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ scenario: SessionScenario }> = ({ props }) =>
	new Response(JSON.stringify(props.scenario), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
