/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	clusterServerErrors,
	emptyClusterForm,
	validateClusterForm,
} from '../cluster-form';

const form = (
	changes: Partial< ReturnType< typeof emptyClusterForm > >
) => ( {
	...emptyClusterForm(),
	...changes,
} );

describe( 'validateClusterForm', () => {
	it( 'sends the name and description trimmed, a sector only when chosen', () => {
		expect(
			validateClusterForm(
				form( { name: '  Worm bins ', description: ' Bins. ' } )
			)
		).toEqual( {
			errors: {},
			data: { name: 'Worm bins', description: 'Bins.' },
		} );
		expect(
			validateClusterForm( form( { name: 'Bins', sector_id: '3' } ) ).data
		).toEqual( { name: 'Bins', description: '', sector_id: 3 } );
	} );

	it( 'sends a target length only when given, in the job contract’s range', () => {
		expect(
			validateClusterForm(
				form( { name: 'Bins', target_words: ' 2400 ' } )
			).data
		).toEqual( { name: 'Bins', description: '', target_words: 2400 } );
		for ( const words of [ '99', '6001', '2.5', 'long' ] ) {
			const refused = validateClusterForm(
				form( { name: 'Bins', target_words: words } )
			);
			expect( refused.data ).toBeNull();
			expect( refused.errors.target_words ).toMatch( /100 to 6000/ );
		}
	} );

	it( 'refuses a blank or too long name and a too long description, as the server does', () => {
		const blank = validateClusterForm( form( { name: '   ' } ) );
		expect( blank.data ).toBeNull();
		expect( blank.errors.name ).toBe( 'Name the cluster.' );
		expect(
			validateClusterForm( form( { name: 'x'.repeat( 192 ) } ) ).errors
				.name
		).toMatch( /191/ );
		expect(
			validateClusterForm( form( { name: 'x'.repeat( 191 ) } ) ).data
		).not.toBeNull();
		expect(
			validateClusterForm(
				form( { name: 'Bins', description: 'd'.repeat( 5001 ) } )
			).errors.description
		).toMatch( /5000/ );
	} );
} );

describe( 'clusterServerErrors', () => {
	it( 'puts a taken name (409) on the name field, with what to do', () => {
		const placed = clusterServerErrors( {
			code: 'igny8_duplicate',
			message: 'An item with this name already exists.',
			data: { status: 409 },
		} );
		expect( placed.notice ).toBeNull();
		expect( placed.errors.name ).toMatch(
			/^An item with this name already exists\. Choose another name/
		);
	} );

	it( 'puts a blank name refused by the server on the field, anything else in a notice', () => {
		expect(
			clusterServerErrors( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): name',
				data: {
					status: 400,
					params: { name: 'The cluster name is empty.' },
				},
			} )
		).toEqual( {
			errors: { name: 'The cluster name is empty.' },
			notice: null,
		} );
		const other = clusterServerErrors( {
			code: 'igny8_db_error',
			message: 'The item could not be saved.',
			data: { status: 500 },
		} );
		expect( other.errors ).toEqual( {} );
		expect( other.notice?.message ).toBe( 'The item could not be saved.' );
	} );
} );
