/**
 * User text as Markdown that shows exactly what was typed: no markup, links, HTML or headings
 * can come from it.
 */
export const escapeMarkdown = (text: string): string =>
	text
		.replace(/\\/g, '\\\\')
		.replace(/[`*_[\]|~]/g, (char) => `\\${char}`)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.split('\n')
		.map((line) => line.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
		.join('  \n');
