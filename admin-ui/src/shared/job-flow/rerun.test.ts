/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { rerunWarning } from './rerun';

describe( 'rerunWarning', () => {
	it( 'warns when selected clusters already have ideas and offers to replace them', () => {
		expect( rerunWarning( 'generate_ideas', 2, 3 ) ).toEqual( {
			message:
				'2 of the 3 clusters already have ideas. New ideas are added beside them (titles they already have are left out), and charged again.',
			replaceLabel: 'Replace their ideas not yet approved',
		} );
	} );

	it( 'warns when a selected task is already written', () => {
		expect( rerunWarning( 'generate_content', 1, 1 )?.message ).toBe(
			'1 of the 1 tasks is already written. Writing it again makes a second draft and is charged again.'
		);
	} );

	it( 'says nothing when nothing exists yet, or for an action that replaces by nature', () => {
		expect( rerunWarning( 'generate_ideas', 0, 3 ) ).toBeNull();
		expect( rerunWarning( 'generate_excerpt', 2, 2 ) ).toBeNull();
	} );
} );
