/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatNumber } from '../../shared/format';
import { taskStatusLabel } from '../../writer/task-status';
import { ideaStatuses, labelOf } from '../labels';
import type { ClusterDetailData, StatusCounts } from './types';
import { coveragePercent } from './url';

/** "2 New, 1 Approved" from counts by status. */
function statusLine(
	counts: StatusCounts,
	label: ( status: string ) => string
): string {
	const parts = Object.entries( counts.by_status ).map( ( [ status, n ] ) =>
		sprintf(
			/* translators: 1: count, 2: status */
			__( '%1$s %2$s', 'igny8' ),
			formatNumber( n ),
			label( status )
		)
	);
	return parts.length ? parts.join( ', ' ) : __( 'none yet', 'igny8' );
}

/**
 * The cluster's figures: keyword totals, ideas and tasks by status, posts
 * written and the internal-link coverage between its published posts.
 */
export function ClusterSummary( {
	detail,
	linkerUrl,
}: {
	detail: ClusterDetailData;
	linkerUrl: string | null;
} ) {
	const { keywords, links } = detail;
	const coverage = coveragePercent( links );
	const difficulty =
		keywords.difficulty_avg === null
			? '—'
			: sprintf(
					/* translators: 1: average difficulty, 2: lowest, 3: highest */
					__( '%1$d average (%2$d–%3$d)', 'igny8' ),
					keywords.difficulty_avg,
					keywords.difficulty_min ?? 0,
					keywords.difficulty_max ?? 0
				);

	return (
		<div className="igny8-cluster-summary">
			<dl className="igny8-cluster-summary__figures">
				<dt>{ __( 'Keywords', 'igny8' ) }</dt>
				<dd>{ formatNumber( keywords.count ) }</dd>
				<dt>{ __( 'Total search volume', 'igny8' ) }</dt>
				<dd>{ formatNumber( keywords.volume ) }</dd>
				<dt>{ __( 'Difficulty', 'igny8' ) }</dt>
				<dd>{ difficulty }</dd>
				<dt>{ __( 'Ideas', 'igny8' ) }</dt>
				<dd>
					{ formatNumber( detail.ideas.total ) }
					{ ' · ' }
					{ statusLine( detail.ideas, ( status ) =>
						labelOf( ideaStatuses(), status )
					) }
				</dd>
				<dt>{ __( 'Writer tasks', 'igny8' ) }</dt>
				<dd>
					{ formatNumber( detail.tasks.total ) }
					{ ' · ' }
					{ statusLine( detail.tasks, taskStatusLabel ) }
				</dd>
				<dt>{ __( 'Posts written', 'igny8' ) }</dt>
				<dd>{ formatNumber( detail.posts ) }</dd>
				<dt>{ __( 'Internal links', 'igny8' ) }</dt>
				<dd>
					{ coverage === null
						? __(
								'Links are counted once the cluster has two published posts.',
								'igny8'
							)
						: sprintf(
								/* translators: 1: posts linked, 2: published posts, 3: percent, 4: e.g. "3 links" */
								__(
									'%1$d of %2$d published posts are linked from another post of this cluster (%3$d%%); %4$s between them.',
									'igny8'
								),
								links.linked,
								links.published,
								coverage,
								sprintf(
									/* translators: %d: number of links */
									_n(
										'%d link',
										'%d links',
										links.links,
										'igny8'
									),
									links.links
								)
							) }
				</dd>
			</dl>
			{ coverage !== null && coverage < 100 && linkerUrl && (
				<p className="igny8-help">
					{ __(
						'Posts of one cluster should link to each other. The Linker suggests links from the same cluster first.',
						'igny8'
					) }{ ' ' }
					<Button variant="link" href={ linkerUrl }>
						{ __( 'Open the Linker', 'igny8' ) }
					</Button>
				</p>
			) }
		</div>
	);
}
