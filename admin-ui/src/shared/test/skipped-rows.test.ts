/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { skippedNotice } from '../skipped-rows';

describe( 'skippedNotice', () => {
	it( 'is null when no row was skipped', () => {
		expect( skippedNotice( [], () => 'x' ) ).toBeNull();
	} );

	it( 'names each skipped row and why, with the next step', () => {
		const notice = skippedNotice(
			[
				{ id: 4, reason: 'changed', keyword: 'red wigglers' },
				{ id: 5, reason: 'deleted', keyword: null },
			],
			( row ) => ( row.keyword ? `“${ row.keyword }”` : `#${ row.id }` )
		);
		expect( notice?.status ).toBe( 'warning' );
		expect( notice?.message ).toBe(
			'Skipped 2 rows: “red wigglers” (changed since the table was read), #5 (deleted meanwhile).'
		);
		expect( notice?.nextStep ).toMatch( /Select them again/ );
	} );
} );
