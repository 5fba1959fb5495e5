// The functions components use; components never touch the Dexie instance itself.
export { getAnswer, listAnswers, saveAnswer, toAnswerKey, type SaveResult } from './answers';
export { watchAnswer, watchAnswerCopies } from './answerWatch';
export { getWriteBlock, onBeforeClose, onWriteBlocked, WriteBlockedError, type WriteBlock } from './db';
export {
	countAll,
	deleteAllData,
	getStorageStatus,
	requestPersistence,
	type Counts,
	type StorageStatus,
} from './storage';
export { SELF_STUDY_OWNER, type Answer, type AnswerKey } from './schema';
export { createRun, deleteRun, listRuns, saveRun, type StoredRun } from './exerciseRuns';
export {
	createSession,
	deleteSession,
	getPreviousSession,
	getSession,
	listSessions,
	sessionOwner,
	updateSession,
	type NewSession,
	type SessionAction,
	type SessionWithGroup,
	type StoredSession,
} from './sessions';
export {
	clearQuizAnswers,
	getQuizAnswers,
	getStudyRecords,
	markFilmSeen,
	NOTES_QUESTION_ID,
	saveQuizAnswer,
	unmarkFilmSeen,
	type QuizAnswer,
	type StudyRecords,
} from './studyProgress';
export {
	FilmFileError,
	listFilms,
	removeCaptions,
	removeFilm,
	saveCaptions,
	saveFilm,
	watchFilm,
	type FilmSummary,
} from './films';
