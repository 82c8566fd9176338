/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { reportMessage } from '../api';

describe( 'reportMessage', () => {
	it( 'counts the rows and names each rejected line', () => {
		expect(
			reportMessage( {
				imported: 3,
				matched: 2,
				failed: 1,
				errors: [ { line: 5, reason: 'The query is empty.' } ],
			} )
		).toBe(
			'Imported 3 query rows (2 matched to a post, 1 rejected). Line 5: The query is empty.'
		);
	} );

	it( 'uses the singular for one row', () => {
		expect(
			reportMessage( { imported: 1, matched: 0, failed: 0, errors: [] } )
		).toBe( 'Imported 1 query row (0 matched to a post, 0 rejected).' );
	} );
} );
