// A large backup as an earlier release wrote it (format 1, no checksum): 50 groups, 500 sessions and
// 25,000 answers. Shared by the scale benchmark and the end-to-end test of import progress.

export const SESSIONS = 500;
export const ANSWERS = 25_000;

/** The file's text. */
export const largeBackupText = () => {
	const now = '2026-11-01T10:00:00.000Z';
	const groups = Array.from({ length: 50 }, (_, g) => ({
		id: `g${g}`,
		name: `Grupp ${g}`,
		createdAt: now,
		updatedAt: now,
	}));
	const sessions = Array.from({ length: SESSIONS }, (_, s) => ({
		id: `s${s}`,
		groupId: `g${s % 50}`,
		scenario: (s % 3) + 1,
		date: `2026-${String((s % 12) + 1).padStart(2, '0')}-${String((s % 28) + 1).padStart(2, '0')}`,
		createdAt: now,
		updatedAt: now,
		roles: { skola: 2, socialtjänst: 1, polis: 1, fritid: 0, annan: 0 },
		agenda: { intro: 5, film: 8, questions: 22, exercise: 18, wrapUp: 7 },
		step: 'questions',
		questionIndex: s % 10,
		questionCount: 11,
		actions: [],
		status: 'active',
	}));
	const answers = Array.from({ length: ANSWERS }, (_, a) => ({
		owner: `session:s${a % SESSIONS}`,
		scenario: ((a % SESSIONS) % 3) + 1,
		questionId: `fraga-${Math.floor(a / SESSIONS)}`,
		text: `Gruppens svar nummer ${a}: vi pratar med vårdnadshavarna tidigt och dokumenterar samtycket.`,
		rev: 1,
		updatedAt: now,
	}));
	return JSON.stringify({
		format: 'samverkansrummet',
		formatVersion: 1,
		exportedAt: now,
		data: { groups, sessions, answers, exerciseRuns: [], settings: [] },
	});
};
