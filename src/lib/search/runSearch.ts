/** The parts of Pagefind's browser API this page uses. */
interface PagefindResult {
	data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
	search: (term: string) => Promise<{ results: PagefindResult[] }>;
}

interface SearchElements {
	form: HTMLFormElement;
	input: HTMLInputElement;
	status: HTMLElement;
	results: HTMLOListElement;
}

const MAX_RESULTS = 20;

let pagefind: Promise<Pagefind> | undefined;
/** Loads the search index only when someone searches. The path is built at run time so Vite leaves it alone. */
const loadPagefind = (): Promise<Pagefind> => {
	const path = ['', 'pagefind', 'pagefind.js'].join('/');
	pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
	return pagefind;
};

/**
 * Pagefind marks hits in excerpts with <mark>. The excerpt is our own built content, but we still
 * never insert it as HTML: split on the marks and build text nodes.
 */
const toExcerptNodes = (excerpt: string): Node[] =>
	excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
		const hit = /^<mark>(.*)<\/mark>$/.exec(part);
		const text = (hit ? hit[1]! : part).replace(/<[^>]*>/g, '');
		if (!hit) return document.createTextNode(text);
		const mark = document.createElement('mark');
		mark.textContent = text;
		return mark;
	});

const renderResult = async (result: PagefindResult): Promise<HTMLLIElement> => {
	const { url, meta, excerpt } = await result.data();
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = url;
	link.textContent = (meta.title ?? url).replace(/ – Samverkansrummet$/, '');
	const text = document.createElement('p');
	text.append(...toExcerptNodes(excerpt));
	item.append(link, text);
	return item;
};

/** Wires the search form: searches on submit and on `?q=` in the address, announces the count. */
export const runSearch = ({ form, input, status, results }: SearchElements): void => {
	const search = async (term: string) => {
		const query = term.trim();
		if (!query) return;
		status.textContent = 'Söker …';
		try {
			const found = await (await loadPagefind()).search(query);
			const items = await Promise.all(found.results.slice(0, MAX_RESULTS).map(renderResult));
			results.replaceChildren(...items);
			status.textContent =
				found.results.length === 0
					? `Inga träffar för ”${query}”.`
					: `${found.results.length} ${found.results.length === 1 ? 'träff' : 'träffar'} för ”${query}”.`;
		} catch {
			status.textContent = 'Sökningen kunde inte laddas. Ladda om sidan och försök igen.';
		}
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const query = input.value;
		history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
		void search(query);
	});

	const initial = new URLSearchParams(location.search).get('q');
	if (initial) {
		input.value = initial;
		void search(initial);
	}
};
