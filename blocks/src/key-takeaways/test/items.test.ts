/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	editableItems,
	hasText,
	removeItem,
	replaceItem,
	savedItems,
} from '../items';

describe( 'key takeaways items', () => {
	it( 'always gives the editor one item to type in', () => {
		expect( editableItems( [] ) ).toEqual( [ { text: '' } ] );
		expect( editableItems( undefined ) ).toEqual( [ { text: '' } ] );
	} );

	it( 'saves only items with text', () => {
		expect(
			savedItems( [
				{ text: 'One' },
				{ text: '' },
				{ text: '<br>' },
				{ text: '&nbsp; ' },
				{ text: '<strong>Two</strong>' },
			] )
		).toEqual( [ { text: 'One' }, { text: '<strong>Two</strong>' } ] );
	} );

	it( 'replaces and removes without touching the input', () => {
		const items = [ { text: 'a' }, { text: 'b' } ];
		expect( replaceItem( items, 1, 'c' ) ).toEqual( [
			{ text: 'a' },
			{ text: 'c' },
		] );
		expect( removeItem( items, 0 ) ).toEqual( [ { text: 'b' } ] );
		expect( items ).toEqual( [ { text: 'a' }, { text: 'b' } ] );
	} );

	it( 'finds text inside markup', () => {
		expect( hasText( '<em> </em>' ) ).toBe( false );
		expect( hasText( '<em>x</em>' ) ).toBe( true );
	} );
} );
