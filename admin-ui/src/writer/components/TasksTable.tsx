/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { taskStatusLabel } from '../job';
import type { Task } from '../types';

/**
 * Recent writer tasks with their status and, once written, the post.
 */
export function TasksTable( {
	tasks,
	loading,
}: {
	tasks: Task[] | null;
	loading: boolean;
} ) {
	if ( tasks === null ) {
		return loading ? <Spinner /> : null;
	}
	if ( tasks.length === 0 ) {
		return (
			<p className="igny8-help">
				{ __(
					'No tasks yet. Fill in a title and brief above to write the first article.',
					'igny8'
				) }
			</p>
		);
	}

	return (
		<table className="wp-list-table widefat striped igny8-tasks">
			<thead>
				<tr>
					<th scope="col">{ __( 'Title', 'igny8' ) }</th>
					<th scope="col">{ __( 'Status', 'igny8' ) }</th>
					<th scope="col">{ __( 'Post', 'igny8' ) }</th>
				</tr>
			</thead>
			<tbody>
				{ tasks.map( ( task ) => (
					<tr key={ task.id }>
						<td>{ task.title }</td>
						<td>
							<span
								className={ `igny8-status igny8-status--${ task.status }` }
							>
								{ taskStatusLabel( task.status ) }
							</span>
							{ task.status === 'failed' && task.error && (
								<p className="igny8-tasks__error">
									{ task.error }
								</p>
							) }
						</td>
						<td>
							{ task.post_url ? (
								<a
									href={ task.post_url }
									aria-label={ sprintf(
										/* translators: %s: task title. */
										__( 'Open the post for “%s”', 'igny8' ),
										task.title
									) }
								>
									{ __( 'Open post', 'igny8' ) }
								</a>
							) : (
								<>
									<span aria-hidden="true">—</span>
									<span className="screen-reader-text">
										{ __( 'No post yet', 'igny8' ) }
									</span>
								</>
							) }
						</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
