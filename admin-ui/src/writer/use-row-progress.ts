/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { useFollowJobs, type JobSnapshot } from '../shared/job-flow';
import { store } from '../shared/store';
import type { Task } from '../shared/store/types';

/** The jobs of the rows being written, in row order (none: nothing to follow). */
export function writingJobIds( tasks: Task[] ): string[] | null {
	const ids = tasks
		.filter( ( task ) => task.status === 'in_progress' && !! task.job_id )
		.map( ( task ) => task.job_id as string );
	return ids.length ? ids : null;
}

/**
 * Follows the job of every task on the page that is being written, so each such row shows
 * its own step and percentage; when they are all done the table reads the tasks again.
 *
 * @param tasks The rows the table shows.
 * @return The latest snapshot of each followed job, by job id.
 */
export function useRowProgress( tasks: Task[] ): Record< string, JobSnapshot > {
	const [ jobs, setJobs ] = useState< Record< string, JobSnapshot > >( {} );
	const { invalidateCollection } = useDispatch( store );
	const keep = ( snapshots: JobSnapshot[] ) =>
		setJobs( ( current ) => ( {
			...current,
			...Object.fromEntries(
				snapshots.map( ( job ) => [ job.id, job ] )
			),
		} ) );
	useFollowJobs( writingJobIds( tasks ), {
		onUpdate: keep,
		onFinished: ( snapshots ) => {
			keep( snapshots );
			invalidateCollection( 'tasks' );
		},
		// A row keeps its last known step; the table's own reads still bring the outcome.
		onGiveUp: () => undefined,
	} );
	return jobs;
}
