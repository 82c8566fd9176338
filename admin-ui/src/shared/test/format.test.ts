/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { formatDateTime } from '../format';

describe( 'formatDateTime', () => {
	it( 'shows WordPress’s empty date as no date, never "0000-00-00"', () => {
		expect( formatDateTime( '0000-00-00 00:00:00' ) ).toBe( '' );
		expect( formatDateTime( '0000-00-00' ) ).toBe( '' );
	} );

	it( 'reads a MySQL GMT datetime as UTC', () => {
		expect( formatDateTime( '2026-01-02 03:04:05' ) ).toBe(
			new Date( Date.UTC( 2026, 0, 2, 3, 4, 5 ) ).toLocaleString()
		);
	} );
} );
