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
