/**
 * Meta title and description lengths (what search results show before truncating).
 */

/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { check } from './check.ts';
import type { CheckId, ScoreCheck } from './types.ts';

/** Good and tolerable lengths in characters. */
export const META_LENGTHS = {
	title: { min: 30, max: 60, tolerance: 10 },
	description: { min: 120, max: 160, tolerance: 20 },
} as const;

/**
 * One length check over a meta field.
 */
function lengthOf(
	id: CheckId,
	value: string,
	bounds: { min: number; max: number; tolerance: number },
	label: string
): ScoreCheck {
	const length = [ ...value.trim() ].length;
	if ( length === 0 ) {
		return check(
			id,
			'problem',
			sprintf(
				/* translators: %s: "meta title" or "meta description". */
				__( 'No %s. Generate one in the IGNY8 sidebar.', 'igny8' ),
				label
			)
		);
	}
	const found = sprintf(
		/* translators: 1: "meta title" or "meta description", 2: characters, 3: minimum, 4: maximum. */
		_n(
			'The %1$s has %2$d character (aim for %3$d–%4$d).',
			'The %1$s has %2$d characters (aim for %3$d–%4$d).',
			length,
			'igny8'
		),
		label,
		length,
		bounds.min,
		bounds.max
	);
	if ( length >= bounds.min && length <= bounds.max ) {
		return check( id, 'good', found );
	}
	const fix =
		length > bounds.max
			? __( 'Shorten it.', 'igny8' )
			: __( 'Lengthen it.', 'igny8' );
	const near =
		length >= bounds.min - bounds.tolerance &&
		length <= bounds.max + bounds.tolerance;
	return check( id, near ? 'improve' : 'problem', found + ' ' + fix );
}

/**
 * Both meta checks.
 */
export function metaChecks(
	metaTitle: string,
	metaDescription: string
): ScoreCheck[] {
	return [
		lengthOf(
			'meta_title_length',
			metaTitle,
			META_LENGTHS.title,
			__( 'meta title', 'igny8' )
		),
		lengthOf(
			'meta_description_length',
			metaDescription,
			META_LENGTHS.description,
			__( 'meta description', 'igny8' )
		),
	];
}
