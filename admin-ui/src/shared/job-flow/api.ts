/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type {
	Estimate,
	JobActionName,
	JobSnapshot,
	Started,
	Stopped,
} from './types';

/** The REST route that starts each action (all take {ids}). */
export const ACTION_ROUTES: Record< JobActionName, string > = {
	auto_cluster: '/igny8/v1/planner/keywords/auto_cluster',
	generate_ideas: '/igny8/v1/planner/clusters/generate_ideas',
	create_tasks: '/igny8/v1/planner/ideas/create_tasks',
	generate_content: '/igny8/v1/writer/tasks/generate_content',
	generate_images: '/igny8/v1/writer/tasks/generate_images',
	optimize_content: '/igny8/v1/writer/content/optimize',
	generate_excerpt: '/igny8/v1/writer/content/excerpt',
	generate_product_description: '/igny8/v1/writer/products/descriptions',
};

/** POST /igny8/v1/jobs/estimate — credits the action would reserve, and the balance. */
export const fetchEstimate = (
	action: JobActionName,
	ids: number[],
	extra: Record< string, unknown > = {}
) =>
	apiFetch< Estimate >( {
		path: '/igny8/v1/jobs/estimate',
		method: 'POST',
		data: { ...extra, action, ids },
	} );

/**
 * POST /igny8/v1/jobs/{id}/cancel for each job; a job that finished meanwhile (409) is left as it
 * is. Resolves with how many were cancelled.
 */
export async function cancelJobs( ids: string[] ): Promise< number > {
	let cancelled = 0;
	for ( const id of ids ) {
		try {
			await apiFetch( {
				path: `/igny8/v1/jobs/${ encodeURIComponent( id ) }/cancel`,
				method: 'POST',
			} );
			cancelled++;
		} catch ( error ) {
			if (
				( error as { data?: { status?: number } } )?.data?.status !==
				409
			) {
				throw error;
			}
		}
	}
	return cancelled;
}

/** GET /igny8/v1/jobs/{id}. */
export const fetchJob = ( id: string ) =>
	apiFetch< JobSnapshot >( {
		path: `/igny8/v1/jobs/${ encodeURIComponent( id ) }`,
	} );

/**
 * Starts the action and returns the jobs to follow. The routes answer in three
 * shapes: one job ({job_id}), several ({jobs:[{job_id}]}) or, for create_tasks,
 * the result itself ({tasks:[{task_id}]}); a run the cloud refused part-way adds
 * {not_started:[ids], stopped:{code, message, status}}.
 */
export async function startAction(
	action: JobActionName,
	ids: number[],
	extra: Record< string, unknown > = {}
): Promise< Started > {
	const answer = await apiFetch< Record< string, unknown > >( {
		path: ACTION_ROUTES[ action ],
		method: 'POST',
		data: { ...extra, ids },
	} );
	return readStarted( answer );
}

/** Normalises a start answer (pure; unit-tested). */
export function readStarted( answer: Record< string, unknown > ): Started {
	const jobIds: string[] = [];
	const createdIds: number[] = [];
	if ( typeof answer.job_id === 'string' ) {
		jobIds.push( answer.job_id );
	}
	for ( const job of Array.isArray( answer.jobs ) ? answer.jobs : [] ) {
		if ( job && typeof job.job_id === 'string' ) {
			jobIds.push( job.job_id );
		}
	}
	for ( const task of Array.isArray( answer.tasks ) ? answer.tasks : [] ) {
		if ( task && Number.isInteger( task.task_id ) ) {
			createdIds.push( task.task_id );
		}
	}
	const notStarted = Array.isArray( answer.not_started )
		? answer.not_started.filter( ( id ): id is number =>
				Number.isInteger( id )
			)
		: [];
	return {
		jobIds: [ ...new Set( jobIds ) ],
		createdIds,
		notStarted,
		startedCount:
			Number.isInteger( answer.started ) && Number( answer.started ) >= 0
				? Number( answer.started )
				: null,
		stopped: readStopped( answer.stopped ),
	};
}

/** The `stopped` of a run refused part-way, when it has the documented shape. */
function readStopped( value: unknown ): Stopped | null {
	if ( ! value || typeof value !== 'object' ) {
		return null;
	}
	const { code, message, status } = value as Record< string, unknown >;
	return typeof message === 'string' && typeof status === 'number'
		? { code: typeof code === 'string' ? code : '', message, status }
		: null;
}
