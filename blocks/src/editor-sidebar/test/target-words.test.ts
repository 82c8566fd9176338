/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { parseTargetWords, targetWordsOf } from '../lib/target-words';

describe( 'targetWordsOf', () => {
	it( 'prefers the post’s own target over the plan’s default, as the stored score does', () => {
		expect( targetWordsOf( 800, 1200 ) ).toBe( 800 );
		expect( targetWordsOf( 0, 1200 ) ).toBe( 1200 );
		expect( targetWordsOf( undefined, 1200 ) ).toBe( 1200 );
		expect( targetWordsOf( 0, null ) ).toBeNull();
		expect( targetWordsOf( 99999, null ) ).toBe( 20000 );
	} );
} );

describe( 'parseTargetWords', () => {
	it( 'keeps whole positive numbers and reads anything else as the plan’s default (0)', () => {
		expect( parseTargetWords( '1500' ) ).toBe( 1500 );
		expect( parseTargetWords( '' ) ).toBe( 0 );
		expect( parseTargetWords( '-4' ) ).toBe( 0 );
		expect( parseTargetWords( 'abc' ) ).toBe( 0 );
		expect( parseTargetWords( '50000' ) ).toBe( 20000 );
	} );
} );
