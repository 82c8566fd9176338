/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	sectorField,
	sectorLabel,
	sectorOptions,
	sectorsSettingsUrl,
	selectOptions,
	sharedSector,
} from '../sectors';

const options = sectorOptions( [
	{ id: 4, name: 'Gardening' },
	{ id: 9, name: 'Travel' },
] );

describe( 'sectorOptions', () => {
	it( 'offers No sector (0) first, then the sectors in the order listed', () => {
		expect( options ).toEqual( [
			{ value: 0, label: 'No sector' },
			{ value: 4, label: 'Gardening' },
			{ value: 9, label: 'Travel' },
		] );
	} );

	it( 'offers only No sector when the site has no sectors', () => {
		expect( sectorOptions( [] ) ).toEqual( [
			{ value: 0, label: 'No sector' },
		] );
	} );
} );

describe( 'sectorLabel', () => {
	it( 'names the sector, a dash for none and the id of one no longer listed', () => {
		expect( sectorLabel( options, 9 ) ).toBe( 'Travel' );
		expect( sectorLabel( options, null ) ).toBe( '—' );
		expect( sectorLabel( options, 0 ) ).toBe( '—' );
		expect( sectorLabel( options, 77 ) ).toBe( '#77' );
	} );
} );

describe( 'sharedSector', () => {
	it( 'is the sector all the keywords are in', () => {
		expect( sharedSector( [ { sector_id: 4 }, { sector_id: 4 } ] ) ).toBe(
			4
		);
	} );

	it( 'is undefined for mixed sectors, no sector or no keywords', () => {
		expect(
			sharedSector( [ { sector_id: 4 }, { sector_id: 9 } ] )
		).toBeUndefined();
		expect(
			sharedSector( [ { sector_id: 4 }, { sector_id: null } ] )
		).toBeUndefined();
		expect(
			sharedSector( [ { sector_id: null }, { sector_id: null } ] )
		).toBeUndefined();
		expect( sharedSector( [] ) ).toBeUndefined();
	} );
} );

describe( 'sectorField', () => {
	it( 'is a filterable, unsortable column on sector_id with the sector choices', () => {
		const field = sectorField( options );
		expect( field.id ).toBe( 'sector_id' );
		expect( field.elements ).toBe( options );
		expect( field.filterBy ).toEqual( { operators: [ 'is' ] } );
		expect( field.enableSorting ).toBe( false );
	} );
} );

describe( 'sectorsSettingsUrl', () => {
	it( 'opens the Sectors tab of Settings, or nothing for users without Settings', () => {
		expect(
			sectorsSettingsUrl(
				'http://x.test/wp-admin/admin.php?page=igny8-settings'
			)
		).toBe(
			'http://x.test/wp-admin/admin.php?page=igny8-settings&tab=sectors'
		);
		expect( sectorsSettingsUrl( null ) ).toBeNull();
	} );
} );

describe( 'selectOptions', () => {
	it( 'gives SelectControl string values', () => {
		expect( selectOptions( options.slice( 0, 2 ) ) ).toEqual( [
			{ value: '0', label: 'No sector' },
			{ value: '4', label: 'Gardening' },
		] );
	} );
} );
