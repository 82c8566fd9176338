/**
 * The Optimizer's URL: a link may open it on one post (&post=ID), e.g. Planner → Opportunities.
 */

/** The post a link opened the screen on, or null. */
export function postFromSearch( search: string ): number | null {
	const value = Number( new URLSearchParams( search ).get( 'post' ) );
	return Number.isInteger( value ) && value > 0 ? value : null;
}
