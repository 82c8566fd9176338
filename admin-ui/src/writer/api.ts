/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type {
	CreateTaskRequest,
	GenerateContentResponse,
	Job,
	Task,
} from './types';

const TASKS_PATH = '/igny8/v1/writer/tasks';

/**
 * Creates a writer task (POST /writer/tasks).
 */
export function createTask( request: CreateTaskRequest ): Promise< Task > {
	return apiFetch< Task >( {
		path: TASKS_PATH,
		method: 'POST',
		data: request,
	} );
}

/**
 * Starts generate_content jobs for tasks (POST /writer/tasks/generate_content).
 */
export function generateContent(
	ids: number[]
): Promise< GenerateContentResponse > {
	return apiFetch< GenerateContentResponse >( {
		path: `${ TASKS_PATH }/generate_content`,
		method: 'POST',
		data: { ids },
	} );
}

/**
 * Reads a job's status; WordPress applies a finished result on the way (GET /jobs/{id}).
 */
export function fetchJob( jobId: string | number ): Promise< Job > {
	return apiFetch< Job >( {
		path: `/igny8/v1/jobs/${ encodeURIComponent( String( jobId ) ) }`,
	} );
}
