/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	firstPending,
	nextStep,
	readPortalReturn,
	withoutPortalReturn,
} from '../steps';

const all = ( status: 'pending' | 'done' | 'skipped' ) => ( {
	connect: status,
	industry: status,
	profile: status,
	keywords: status,
	clustering: status,
} );

describe( 'the setup wizard’s steps', () => {
	it( 'opens the first pending step, or the last when none is', () => {
		expect( firstPending( all( 'pending' ) ) ).toBe( 'connect' );
		expect(
			firstPending( { ...all( 'done' ), keywords: 'pending' } )
		).toBe( 'keywords' );
		expect( firstPending( { ...all( 'skipped' ) } ) ).toBe( 'clustering' );
	} );

	it( 'goes on in order and ends after the clustering', () => {
		expect( nextStep( 'connect' ) ).toBe( 'industry' );
		expect( nextStep( 'keywords' ) ).toBe( 'clustering' );
		expect( nextStep( 'clustering' ) ).toBeNull();
	} );

	it( 'reads the portal’s code or error only together with a state', () => {
		expect( readPortalReturn( { state: 's1', code: 'abc' } ) ).toEqual( {
			kind: 'code',
			state: 's1',
			code: 'abc',
		} );
		expect(
			readPortalReturn( { state: 's1', error: 'access_denied' } )
		).toEqual( { kind: 'error', state: 's1', error: 'access_denied' } );
		expect( readPortalReturn( { code: 'abc' } ) ).toBeNull();
		expect( readPortalReturn( { state: 's1' } ) ).toBeNull();
		expect( readPortalReturn( null ) ).toBeNull();
	} );

	it( 'drops the spent code from the address, keeping the page', () => {
		expect(
			withoutPortalReturn(
				'http://wp.test/wp-admin/admin.php?page=igny8-setup&code=abc&state=s1'
			)
		).toBe( 'http://wp.test/wp-admin/admin.php?page=igny8-setup' );
	} );
} );
