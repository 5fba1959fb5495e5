import { escapeMarkdown } from '../format/markdown';
import type { MinutesBlock, MinutesDocument } from './minutes';

const text = escapeMarkdown;

/** Lines of one list item: the first after the marker, the rest indented under it. */
const item = (marker: string, lines: string[]) => `${marker} ${lines.map(text).join('  \n   ')}`;

const toLines = (block: MinutesBlock): string[] => {
	switch (block.kind) {
		case 'heading':
			return [`${'#'.repeat(block.level)} ${text(block.text)}`, ''];
		case 'facts':
			return [...block.items.map(({ term, value }) => `- ${text(term)}: ${text(value)}`), ''];
		case 'question':
			return [`**${text(block.text)}**`, ''];
		case 'paragraph':
			return [block.placeholder ? `*${text(block.text)}*` : text(block.text), ''];
		case 'list':
			return [...block.items.map((lines, index) => item(block.ordered ? `${index + 1}.` : '-', lines)), ''];
	}
};

/** The minutes as a Markdown document: every text escaped, the structure from the block kinds. */
export const toMarkdown = ({ title, blocks }: MinutesDocument): string =>
	[`# Minnesanteckningar – ${text(title)}`, '', ...blocks.flatMap(toLines)].join('\n');
