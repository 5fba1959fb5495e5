/** Types of largeBackup.mjs, for the end-to-end tests written in TypeScript. */
export declare const SESSIONS: number;
export declare const ANSWERS: number;
/** The text of a backup with 50 groups, 500 sessions and 25,000 answers (format 1, no checksum). */
export declare const largeBackupText: () => string;
