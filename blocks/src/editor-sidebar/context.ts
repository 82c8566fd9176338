/**
 * The IGNY8 context of a post, read from its meta. Pure, so it is tested
 * without an editor.
 */
export interface Igny8PostContext {
	/** Writer task the draft was generated for. */
	taskId: number | null;
	/** Cloud job that wrote it. */
	jobId: string | null;
	/** GMT "YYYY-MM-DD HH:MM:SS" of the last write from IGNY8. */
	lastSynced: string | null;
}

/** Meta keys the sidebar reads; PHP registers them with show_in_rest. */
export const META_KEYS = {
	taskId: '_igny8_task_id',
	jobId: '_igny8_job_id',
	lastSynced: '_igny8_last_synced',
} as const;

/**
 * Reads the context from the edited post's `meta` attribute (any shape).
 */
export function readIgny8Context( meta: unknown ): Igny8PostContext {
	const record =
		meta && typeof meta === 'object'
			? ( meta as Record< string, unknown > )
			: {};
	const taskId = Number( record[ META_KEYS.taskId ] );
	const jobId = record[ META_KEYS.jobId ];
	const lastSynced = record[ META_KEYS.lastSynced ];
	return {
		taskId: Number.isInteger( taskId ) && taskId > 0 ? taskId : null,
		jobId:
			( typeof jobId === 'string' && jobId !== '' ) ||
			typeof jobId === 'number'
				? String( jobId )
				: null,
		lastSynced:
			typeof lastSynced === 'string' && lastSynced !== ''
				? lastSynced
				: null,
	};
}

/**
 * True when IGNY8 wrote this post.
 */
export function isIgny8Post( context: Igny8PostContext ): boolean {
	return context.taskId !== null || context.jobId !== null;
}

/**
 * A GMT MySQL datetime shown in the user's locale; other values unchanged.
 */
export function formatGmt( value: string ): string {
	if ( ! /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test( value ) ) {
		return value;
	}
	const date = new Date( value.replace( ' ', 'T' ) + 'Z' );
	return Number.isNaN( date.getTime() ) ? value : date.toLocaleString();
}
