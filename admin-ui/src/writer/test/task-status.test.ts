/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { taskStatusLabel } from '../task-status';

describe( 'taskStatusLabel', () => {
	it( 'shows unknown task statuses as sent', () => {
		expect( taskStatusLabel( 'completed' ) ).toBe( 'Completed' );
		expect( taskStatusLabel( 'mystery' ) ).toBe( 'mystery' );
	} );

	it( 'does not call a task nothing is processing "Queued"', () => {
		expect( taskStatusLabel( 'queued' ) ).toBe( 'Not started' );
		expect( taskStatusLabel( 'in_progress' ) ).toBe( 'Writing' );
	} );
} );
