// Topic labels the quiz island shows; kept apart from the zod schema so islands do not ship the schema library.

/** Topics of the law quiz, in the order the result lists them, each with the page to read more on. */
export const QUIZ_TOPICS = {
	samtycke: { label: 'Samtycke', readMore: '/fragor-och-svar/#samtycke' },
	sekretess: { label: 'Sekretess i skola, socialtjänst och polis', readMore: '/fragor-och-svar/#sekretess' },
	orosanmalan: { label: 'Anmälningsskyldighet (orosanmälan)', readMore: '/fragor-och-svar/#orosanmalan' },
	'socialtjanst-polis': {
		label: 'Vad socialtjänsten får lämna till polisen',
		readMore: '/fragor-och-svar/#socialtjanst-polis',
	},
	'skola-polis': { label: 'Vad skolan får lämna till polisen', readMore: '/fragor-och-svar/#skola-polis' },
	andringar: { label: 'Ändringar 2025–2026', readMore: '/samverkan/vad-har-andrats/' },
} as const;

export type QuizTopic = keyof typeof QUIZ_TOPICS;
