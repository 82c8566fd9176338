/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	emptyKeywordForm,
	firstInvalidField,
	keywordEditForm,
	serverErrors,
	validateKeywordEdit,
	validateKeywordForm,
} from '../keyword-form';

const form = (
	changes: Partial< ReturnType< typeof emptyKeywordForm > >
) => ( { ...emptyKeywordForm(), ...changes } );

describe( 'validateKeywordForm', () => {
	it( 'sends the keyword tidied, unknown numbers left out and no sector or cluster left out', () => {
		expect(
			validateKeywordForm( form( { keyword: '  compost   bins ' } ) )
		).toEqual( {
			errors: {},
			data: { keyword: 'compost bins', intent: 'informational' },
		} );
	} );

	it( 'sends numbers, sector and cluster as numbers', () => {
		expect(
			validateKeywordForm(
				form( {
					keyword: 'worm farm',
					search_volume: '1200',
					difficulty: '0',
					intent: 'commercial',
					sector_id: '4',
					cluster_id: '12',
				} )
			).data
		).toEqual( {
			keyword: 'worm farm',
			search_volume: 1200,
			difficulty: 0,
			intent: 'commercial',
			sector_id: 4,
			cluster_id: 12,
		} );
	} );

	it( 'requires the keyword and at most 255 characters', () => {
		expect(
			validateKeywordForm( form( { keyword: '   ' } ) ).errors.keyword
		).toBe( 'Type the keyword.' );
		expect(
			validateKeywordForm( form( { keyword: 'x'.repeat( 256 ) } ) ).errors
				.keyword
		).toMatch( /255/ );
		expect(
			validateKeywordForm( form( { keyword: '   ' } ) ).data
		).toBeNull();
	} );

	it( 'refuses a volume that is not a whole number and a difficulty outside 0–100', () => {
		const checked = validateKeywordForm(
			form( { keyword: 'a', search_volume: '-3', difficulty: '101' } )
		);
		expect( Object.keys( checked.errors ) ).toEqual( [
			'search_volume',
			'difficulty',
		] );
		expect(
			validateKeywordForm(
				form( { keyword: 'a', search_volume: '1.5' } )
			).errors.search_volume
		).toBeDefined();
		expect(
			validateKeywordForm( form( { keyword: 'a', difficulty: '100' } ) )
				.errors
		).toEqual( {} );
	} );
} );

describe( 'serverErrors', () => {
	it( 'puts a duplicate (409) on the keyword field, with what to do', () => {
		const placed = serverErrors( {
			code: 'igny8_keyword_exists',
			message: 'This keyword already exists.',
			data: { status: 409 },
		} );
		expect( placed.notice ).toBeNull();
		expect( placed.errors.keyword ).toMatch(
			/^This keyword already exists\. Search for it in the table/
		);
	} );

	it( 'puts invalid params on their fields', () => {
		const placed = serverErrors( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): sector_id',
			data: {
				status: 400,
				params: { sector_id: 'This sector does not exist.' },
			},
		} );
		expect( placed ).toEqual( {
			errors: { sector_id: 'This sector does not exist.' },
			notice: null,
		} );
	} );

	it( 'turns anything else into a notice above the form', () => {
		const placed = serverErrors( {
			code: 'rest_cookie_invalid_nonce',
			message: 'Cookie check failed',
			data: { status: 403 },
		} );
		expect( placed.errors ).toEqual( {} );
		expect( placed.notice?.message ).toBe( 'Cookie check failed' );
		expect( placed.notice?.nextStep ).toMatch( /session has expired/ );
	} );
} );

describe( 'firstInvalidField', () => {
	it( 'follows the form order', () => {
		expect(
			firstInvalidField( { cluster_id: 'x', difficulty: 'y' } )
		).toBe( 'difficulty' );
		expect( firstInvalidField( {} ) ).toBeUndefined();
	} );
} );

describe( 'keywordEditForm and validateKeywordEdit', () => {
	const keyword = {
		id: 3,
		keyword: 'worm bin',
		search_volume: 880,
		difficulty: null,
		intent: null,
		status: 'active' as const,
		source: 'manual',
		sector_id: null,
		cluster_id: null,
		created_at: '2026-01-01 00:00:00',
		updated_at: '2026-01-01 00:00:00',
	};

	it( 'fills the form from the keyword; unknowns empty, no cluster 0', () => {
		expect( keywordEditForm( keyword ) ).toEqual( {
			search_volume: '880',
			difficulty: '',
			intent: '',
			cluster_id: '0',
		} );
	} );

	it( 'sends emptied numbers, unknown intent and no cluster as null', () => {
		expect(
			validateKeywordEdit( {
				search_volume: '',
				difficulty: '42',
				intent: '',
				cluster_id: '0',
			} )
		).toEqual( {
			errors: {},
			data: {
				search_volume: null,
				difficulty: 42,
				intent: null,
				cluster_id: null,
			},
		} );
		expect(
			validateKeywordEdit( {
				search_volume: '10',
				difficulty: '',
				intent: 'commercial',
				cluster_id: '5',
			} ).data
		).toEqual( {
			search_volume: 10,
			difficulty: null,
			intent: 'commercial',
			cluster_id: 5,
		} );
	} );

	it( 'refuses what the server refuses: a volume below 0 or not whole, a difficulty above 100', () => {
		const refused = validateKeywordEdit( {
			search_volume: '-1',
			difficulty: '101',
			intent: '',
			cluster_id: '0',
		} );
		expect( refused.data ).toBeNull();
		expect( Object.keys( refused.errors ) ).toEqual( [
			'search_volume',
			'difficulty',
		] );
		expect(
			validateKeywordEdit( {
				search_volume: '1.5',
				difficulty: '100',
				intent: '',
				cluster_id: '0',
			} ).errors
		).toEqual( { search_volume: expect.stringMatching( /whole number/ ) } );
	} );
} );
