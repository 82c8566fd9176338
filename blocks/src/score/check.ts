/**
 * The shape every check is built with: a weight out of 100 and points by status
 * (good: all, improve: half, problem: none).
 */

/**
 * Internal dependencies
 */
import type { CheckId, CheckStatus, ScoreCheck } from './types.ts';

/** Each check's share of the 100 points; the sum is 100. */
export const WEIGHTS: Record< CheckId, number > = {
	keyword_in_title: 10,
	keyword_in_first_paragraph: 8,
	keyword_in_headings: 7,
	keyword_in_slug: 5,
	keyword_density: 10,
	length: 10,
	heading_structure: 8,
	readability: 10,
	internal_links: 8,
	external_links: 5,
	image_alt: 7,
	meta_title_length: 6,
	meta_description_length: 6,
};

/**
 * Builds one check result.
 */
export function check(
	id: CheckId,
	status: CheckStatus,
	message: string,
	blockId?: string
): ScoreCheck {
	const weight = WEIGHTS[ id ];
	let points = 0;
	if ( status === 'good' ) {
		points = weight;
	} else if ( status === 'improve' ) {
		points = weight / 2;
	}
	const result: ScoreCheck = { id, status, weight, points, message };
	if ( blockId !== undefined ) {
		result.blockId = blockId;
	}
	return result;
}
