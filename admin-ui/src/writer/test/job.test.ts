/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { isFinished, progressPercent, stepText, taskStatusLabel } from '../job';

describe( 'job helpers', () => {
	it( 'stops polling only for final statuses', () => {
		expect( isFinished( 'queued' ) ).toBe( false );
		expect( isFinished( 'running' ) ).toBe( false );
		expect( isFinished( 'completed' ) ).toBe( true );
		expect( isFinished( 'failed' ) ).toBe( true );
		expect( isFinished( 'cancelled' ) ).toBe( true );
	} );

	it( 'clamps progress to 0–100 and shows 100 when completed', () => {
		expect( progressPercent( { progress: 140, status: 'running' } ) ).toBe(
			100
		);
		expect( progressPercent( { progress: -3, status: 'running' } ) ).toBe(
			0
		);
		expect( progressPercent( { progress: 41.6, status: 'running' } ) ).toBe(
			42
		);
		expect( progressPercent( { progress: 10, status: 'completed' } ) ).toBe(
			100
		);
		expect(
			progressPercent( { progress: Number.NaN, status: 'queued' } )
		).toBe( 0 );
	} );

	it( 'prefers the step the cloud reports', () => {
		expect(
			stepText( { step: 'Writing sections', status: 'running' } )
		).toBe( 'Writing sections' );
		expect( stepText( { step: null, status: 'queued' } ) ).not.toBe( '' );
	} );

	it( 'shows unknown task statuses as sent', () => {
		expect( taskStatusLabel( 'completed' ) ).toBe( 'Completed' );
		expect( taskStatusLabel( 'mystery' ) ).toBe( 'mystery' );
	} );
} );
