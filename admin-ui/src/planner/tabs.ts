/**
 * The Planner tab in the URL (?tab=), so links from notices and the Dashboard open the right one.
 */
import type { PlannerTab } from './types';

export const PLANNER_TABS: PlannerTab[] = [
	'keywords',
	'clusters',
	'ideas',
	'opportunities',
];

/** The tab named by a location's search string, or keywords. */
export function tabFromSearch( search: string ): PlannerTab {
	const tab = new URLSearchParams( search ).get( 'tab' );
	return PLANNER_TABS.includes( tab as PlannerTab )
		? ( tab as PlannerTab )
		: 'keywords';
}

/** The search string with the tab set (other args kept). */
export function searchWithTab( search: string, tab: PlannerTab ): string {
	const params = new URLSearchParams( search );
	params.set( 'tab', tab );
	return `?${ params.toString() }`;
}
