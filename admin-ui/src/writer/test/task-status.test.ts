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
} );
