import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerSchema, GroupRecordSchema, GroupSchema, SessionActionSchema } from '../../../src/schemas/records';
import { LIMITS, MAX_REASON } from '../../../src/lib/db/limits';

const source = (path: string) => readFileSync(join(import.meta.dirname, '../../../src/components', path), 'utf8');

describe('the input fields hold no more than the import accepts', () => {
	it('each free-text field has a maxlength equal to its record limit', () => {
		expect(source('answers/AnswerField.svelte')).toMatch(/maxlength=\{MAX_ANSWER_TEXT\}/);
		const notes = source('exercise/GroupNotes.svelte');
		expect(notes.match(/maxlength="(\d+)"/g)).toEqual([
			`maxlength="${LIMITS.reason}"`,
			`maxlength="${LIMITS.reservation}"`,
		]);
		expect(source('session/NewSessionForm.svelte')).toContain(`maxlength="${LIMITS.groupName}"`);
		expect(source('session/ActionsEditor.svelte')).toContain(`maxlength="${LIMITS.actionText}"`);
	});

	it('and the schemas accept exactly that much, and no more', () => {
		const T = '2026-11-20T10:00:00.000Z';
		const answer = { owner: 'sjalvstudier', scenario: 1, questionId: 'q1', rev: 1, updatedAt: T };
		expect(AnswerSchema.safeParse({ ...answer, text: 'x'.repeat(LIMITS.answerText) }).success).toBe(true);
		expect(AnswerSchema.safeParse({ ...answer, text: 'x'.repeat(LIMITS.answerText + 1) }).success).toBe(false);
		const group = { id: 'g', createdAt: T, updatedAt: T };
		expect(GroupSchema.safeParse({ ...group, name: 'x'.repeat(LIMITS.groupName) }).success).toBe(true);
		expect(GroupSchema.safeParse({ ...group, name: 'x'.repeat(LIMITS.groupName + 1) }).success).toBe(false);
		expect(GroupRecordSchema.safeParse({ votes: {}, reason: 'x'.repeat(MAX_REASON) }).success).toBe(true);
		expect(GroupRecordSchema.safeParse({ votes: {}, reason: 'x'.repeat(MAX_REASON + 1) }).success).toBe(false);
		const reserved = (length: number) => ({ votes: {}, reason: '', reservation: 'x'.repeat(length) });
		expect(GroupRecordSchema.safeParse(reserved(LIMITS.reservation)).success).toBe(true);
		expect(GroupRecordSchema.safeParse(reserved(LIMITS.reservation + 1)).success).toBe(false);
		const action = { id: 'a', ownerRole: '', due: '' };
		expect(SessionActionSchema.safeParse({ ...action, text: 'x'.repeat(LIMITS.actionText) }).success).toBe(true);
		expect(SessionActionSchema.safeParse({ ...action, text: 'x'.repeat(LIMITS.actionText + 1) }).success).toBe(false);
	});
});
