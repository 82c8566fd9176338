/**
 * Internal dependencies
 */
import type { JobFlow } from '../../shared/job-flow';
import { KeywordOpportunities } from './KeywordOpportunities';
import { StrikingDistance } from './StrikingDistance';

/**
 * The seed's KeywordOpportunities page as a Planner tab: the queries close to page one first
 * (the quickest wins), then the keywords to cluster and the clusters to write for.
 */
export function OpportunitiesTab( { flow }: { flow: JobFlow } ) {
	return (
		<div className="igny8-opportunities">
			<StrikingDistance />
			<KeywordOpportunities kind="unclustered" flow={ flow } />
			<KeywordOpportunities kind="uncovered" flow={ flow } />
		</div>
	);
}
