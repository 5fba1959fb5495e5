import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The repository's content folder, as content.config.ts sees it. */
export const CONTENT_DIR = join(import.meta.dirname, '../../content');

/** One content file's data (YAML, or MDX frontmatter) and, for MDX, its body. */
export interface ContentFile {
	id: string;
	data: unknown;
	body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads every `.yaml` or `.mdx` file in one collection folder, the way Astro's glob loader does. */
export const readCollection = (folder: string): ContentFile[] =>
	readdirSync(join(CONTENT_DIR, folder))
		.filter((file) => /\.(ya?ml|mdx)$/.test(file))
		.sort()
		.map((file) => {
			const text = readFileSync(join(CONTENT_DIR, folder, file), 'utf8');
			const id = file.replace(/\.(ya?ml|mdx)$/, '');
			if (file.endsWith('.mdx')) {
				const match = FRONTMATTER.exec(text);
				if (!match) throw new Error(`${folder}/${file} has no frontmatter`);
				return { id, data: parse(match[1]!), body: match[2]! };
			}
			return { id, data: parse(text), body: '' };
		});

/** Ids of all law entries. */
export const readLawIds = (): Set<string> => new Set(readCollection('law').map(({ id }) => id));
