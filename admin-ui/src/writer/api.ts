/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { CreateTaskRequest, Task } from './types';

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

/** POST /writer/images/regenerate — draws one IGNY8 image again; answers with the job to follow. */
export function regenerateImage( request: {
	post_id: number;
	attachment_id: number;
	prompt: string;
} ): Promise< { job_id: string } > {
	return apiFetch< { job_id: string } >( {
		path: '/igny8/v1/writer/images/regenerate',
		method: 'POST',
		data: request,
	} );
}
