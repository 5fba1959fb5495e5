import { ACTORS, ROUTES, type Route } from './lawMap';

/** Half the size of an actor's box in the picture. */
export const BOX = { w: 100, h: 28 } as const;

/** Where the line from a box's centre toward (dx, dy) leaves the box. */
const edge = (dx: number, dy: number) => {
	const scale = Math.min(BOX.w / Math.abs(dx || 1e-9), BOX.h / Math.abs(dy || 1e-9));
	return { x: dx * scale, y: dy * scale };
};

/** One arrow as drawn: its end points, where its label sits, and its accessible name. */
export interface Arrow extends Route {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	lx: number;
	ly: number;
	name: string;
}

/** The link text of a route, the same on the arrow and in the text list. */
export const routeName = (route: Route) => `${ACTORS[route.from].name} till ${ACTORS[route.to].name}: ${route.label}`;

/** Every route as an arrow; arrows between the same two actors run side by side, their labels staggered. */
export const arrows = (): Arrow[] => {
	const pairKey = (route: Route) => [route.from, route.to].sort().join('|');
	const groups = new Map<string, Route[]>();
	for (const route of ROUTES) groups.set(pairKey(route), [...(groups.get(pairKey(route)) ?? []), route]);
	return ROUTES.map((route) => {
		const group = groups.get(pairKey(route))!;
		const index = group.indexOf(route);
		const from = ACTORS[route.from];
		const to = ACTORS[route.to];
		const dx = to.x - from.x;
		const dy = to.y - from.y;
		const length = Math.hypot(dx, dy);
		const offset = (index - (group.length - 1) / 2) * 16;
		const [nx, ny] = [(-dy / length) * offset, (dx / length) * offset];
		const start = edge(dx, dy);
		const end = edge(-dx, -dy);
		const x1 = from.x + start.x + nx;
		const y1 = from.y + start.y + ny;
		const x2 = to.x + end.x + nx;
		const y2 = to.y + end.y + ny;
		const t = group.length === 1 ? 0.5 : 0.25 + (0.5 * index) / (group.length - 1);
		return { ...route, x1, y1, x2, y2, lx: x1 + (x2 - x1) * t, ly: y1 + (y2 - y1) * t, name: routeName(route) };
	});
};
