/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatDateTime, formatNumber } from '../../shared/format';
import { functionLabel } from '../stages';
import type { RecentJob } from '../types';

const statusLabel = ( status: RecentJob[ 'status' ] ): string =>
	( {
		queued: __( 'Queued', 'igny8' ),
		running: __( 'Running', 'igny8' ),
		completed: __( 'Completed', 'igny8' ),
		failed: __( 'Failed (credits refunded)', 'igny8' ),
		cancelled: __( 'Cancelled (credits refunded)', 'igny8' ),
	} )[ status ] ?? status;

export function RecentJobs( { jobs }: { jobs: RecentJob[] } ) {
	if ( jobs.length === 0 ) {
		return (
			<p className="igny8-help">
				{ __(
					'No AI jobs yet. They appear here when you cluster keywords, generate ideas or write drafts.',
					'igny8'
				) }
			</p>
		);
	}
	return (
		<table className="igny8-jobs">
			<caption className="screen-reader-text">
				{ __( 'Recent AI jobs', 'igny8' ) }
			</caption>
			<thead>
				<tr>
					<th scope="col">{ __( 'Job', 'igny8' ) }</th>
					<th scope="col">{ __( 'Status', 'igny8' ) }</th>
					<th scope="col">{ __( 'Credits', 'igny8' ) }</th>
					<th scope="col">{ __( 'Updated', 'igny8' ) }</th>
				</tr>
			</thead>
			<tbody>
				{ jobs.map( ( job ) => (
					<tr key={ job.id }>
						<td>{ functionLabel( job.function ) }</td>
						<td title={ job.error ?? undefined }>
							{ statusLabel( job.status ) }
							{ job.status === 'running'
								? ` (${ job.progress }%)`
								: '' }
							{ job.error ? ` — ${ job.error }` : '' }
						</td>
						<td>{ formatNumber( job.credits_charged ) }</td>
						<td>{ formatDateTime( job.updated_at ) }</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
