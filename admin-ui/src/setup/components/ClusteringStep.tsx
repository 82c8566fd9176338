/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ClusterAllButton } from '../../planner/components/ClusterAllButton';
import type { JobFlow } from '../../shared/job-flow';

/**
 * The first clustering: the Planner's "Cluster all unclustered", with its
 * price (the cloud's estimate) and the balance shown before anything starts.
 */
export function ClusteringStep( {
	flow,
	connected,
}: {
	flow: JobFlow;
	connected: boolean;
} ) {
	return (
		<div className="igny8-setup-clustering">
			<p className="igny8-help">
				{ __(
					'Group your keywords into topic clusters. You see the price in credits and your balance first; nothing is charged until you confirm.',
					'igny8'
				) }
			</p>
			{ connected ? (
				<div className="igny8-actions">
					<ClusterAllButton flow={ flow } />
				</div>
			) : (
				<p className="igny8-help">
					{ __(
						'Clustering runs in the IGNY8 cloud: connect the site first (step 1), or skip this step and cluster later in the Planner.',
						'igny8'
					) }
				</p>
			) }
			{ flow.ui }
		</div>
	);
}
