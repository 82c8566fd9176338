/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { formatGmt, isIgny8Post, readIgny8Context } from '../context';

describe( 'readIgny8Context', () => {
	it( 'reads the IGNY8 meta of a generated draft', () => {
		const context = readIgny8Context( {
			_igny8_task_id: 12,
			_igny8_job_id: 'job_abc',
			_igny8_last_synced: '2025-01-02 03:04:05',
			footnotes: '',
		} );
		expect( context ).toEqual( {
			taskId: 12,
			jobId: 'job_abc',
			lastSynced: '2025-01-02 03:04:05',
		} );
		expect( isIgny8Post( context ) ).toBe( true );
	} );

	it( 'treats empty meta (WordPress defaults) as not written by IGNY8', () => {
		const context = readIgny8Context( {
			_igny8_task_id: 0,
			_igny8_job_id: '',
			_igny8_last_synced: '',
		} );
		expect( isIgny8Post( context ) ).toBe( false );
		expect( isIgny8Post( readIgny8Context( undefined ) ) ).toBe( false );
	} );
} );

describe( 'formatGmt', () => {
	it( 'leaves values it does not recognise alone', () => {
		expect( formatGmt( 'yesterday' ) ).toBe( 'yesterday' );
	} );

	it( 'reads MySQL GMT datetimes as UTC', () => {
		expect( formatGmt( '2025-01-02 03:04:05' ) ).toBe(
			new Date( Date.UTC( 2025, 0, 2, 3, 4, 5 ) ).toLocaleString()
		);
	} );
} );
