/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { postFromSearch } from '../url';

describe( 'postFromSearch', () => {
	it( 'reads the post a link opened the screen on', () => {
		expect( postFromSearch( '?page=igny8-optimizer&post=42' ) ).toBe( 42 );
	} );

	it( 'ignores a missing, zero, negative or non-numeric post', () => {
		expect( postFromSearch( '?page=igny8-optimizer' ) ).toBeNull();
		expect( postFromSearch( '?post=0' ) ).toBeNull();
		expect( postFromSearch( '?post=-3' ) ).toBeNull();
		expect( postFromSearch( '?post=4.5' ) ).toBeNull();
		expect( postFromSearch( '?post=abc' ) ).toBeNull();
	} );
} );
