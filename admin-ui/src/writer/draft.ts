/**
 * Internal dependencies
 */
import type { ActiveJob, CreatedTask, DraftForm } from './types';

/** sessionStorage keys: per tab, so two tabs do not fight over one brief. */
export const FORM_STORAGE_KEY = 'igny8.writer.form';
export const JOB_STORAGE_KEY = 'igny8.writer.activeJob';
export const TASK_STORAGE_KEY = 'igny8.writer.createdTask';

export const EMPTY_FORM: DraftForm = {
	title: '',
	brief: '',
	keywords: '',
	strategy: '0',
};

type StorageLike = Pick< Storage, 'getItem' | 'setItem' | 'removeItem' >;

/**
 * Splits the comma-separated keywords field into clean, unique keywords.
 */
export function parseKeywords( text: string ): string[] {
	const seen = new Set< string >();
	const keywords: string[] = [];
	for ( const part of text.split( /[,\n]/ ) ) {
		const keyword = part.trim().replace( /\s+/g, ' ' );
		const key = keyword.toLocaleLowerCase();
		if ( keyword !== '' && ! seen.has( key ) ) {
			seen.add( key );
			keywords.push( keyword );
		}
	}
	return keywords;
}

/**
 * Reads the saved form; anything malformed counts as no draft.
 */
export function loadForm( storage: StorageLike | null ): DraftForm {
	const saved = readJson( storage, FORM_STORAGE_KEY );
	if ( ! saved || typeof saved !== 'object' ) {
		return { ...EMPTY_FORM };
	}
	const record = saved as Record< string, unknown >;
	return {
		title: typeof record.title === 'string' ? record.title : '',
		brief: typeof record.brief === 'string' ? record.brief : '',
		keywords: typeof record.keywords === 'string' ? record.keywords : '',
		strategy:
			typeof record.strategy === 'string' &&
			/^\d+$/.test( record.strategy )
				? record.strategy
				: '0',
	};
}

/**
 * Saves the form, or forgets it when it is empty.
 */
export function saveForm( storage: StorageLike | null, form: DraftForm ): void {
	const isEmpty =
		! form.title &&
		! form.brief &&
		! form.keywords &&
		form.strategy === '0';
	writeJson( storage, FORM_STORAGE_KEY, isEmpty ? null : form );
}

/**
 * Reads the job this tab was following before a reload.
 */
export function loadActiveJob( storage: StorageLike | null ): ActiveJob | null {
	const saved = readJson( storage, JOB_STORAGE_KEY );
	if ( ! saved || typeof saved !== 'object' ) {
		return null;
	}
	const record = saved as Record< string, unknown >;
	const jobId = record.jobId;
	if (
		( typeof jobId !== 'string' && typeof jobId !== 'number' ) ||
		typeof record.taskId !== 'number'
	) {
		return null;
	}
	return {
		jobId,
		taskId: record.taskId,
		title: typeof record.title === 'string' ? record.title : '',
	};
}

/**
 * Saves (or with null, forgets) the job this tab follows.
 */
export function saveActiveJob(
	storage: StorageLike | null,
	job: ActiveJob | null
): void {
	writeJson( storage, JOB_STORAGE_KEY, job );
}

/**
 * Reads the task created for the form (reused when Generate is retried).
 */
export function loadCreatedTask(
	storage: StorageLike | null
): CreatedTask | null {
	const saved = readJson( storage, TASK_STORAGE_KEY );
	if ( ! saved || typeof saved !== 'object' ) {
		return null;
	}
	const record = saved as Record< string, unknown >;
	return typeof record.id === 'number' && typeof record.signature === 'string'
		? { id: record.id, signature: record.signature }
		: null;
}

/**
 * Saves (or with null, forgets) the task created for the form.
 */
export function saveCreatedTask(
	storage: StorageLike | null,
	task: CreatedTask | null
): void {
	writeJson( storage, TASK_STORAGE_KEY, task );
}

/**
 * Identifies the form's content, to tell whether a created task still matches it.
 */
export function formSignature( form: DraftForm ): string {
	return JSON.stringify( [
		form.title.trim(),
		form.brief.trim(),
		parseKeywords( form.keywords ),
		form.strategy,
	] );
}

/** sessionStorage when the browser allows it (private modes may throw). */
export function sessionStore(): StorageLike | null {
	try {
		return window.sessionStorage;
	} catch {
		return null;
	}
}

function readJson( storage: StorageLike | null, key: string ): unknown {
	try {
		const raw = storage?.getItem( key );
		return raw ? ( JSON.parse( raw ) as unknown ) : null;
	} catch {
		return null;
	}
}

function writeJson( storage: StorageLike | null, key: string, value: unknown ) {
	try {
		if ( value === null ) {
			storage?.removeItem( key );
		} else {
			storage?.setItem( key, JSON.stringify( value ) );
		}
	} catch {
		// Storage full or blocked: the form still works, it just is not kept.
	}
}
