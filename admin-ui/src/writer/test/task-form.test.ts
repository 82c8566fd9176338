/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import type { Task } from '../../shared/store/types';
import { taskForm, taskServerErrors, validateTaskForm } from '../task-form';

const task: Task = {
	id: 7,
	title: 'Worm bins',
	brief: 'For flats.',
	keywords: [ 'worm bin', 'indoor compost' ],
	content_type: 'post',
	content_structure: 'article',
	target_words: 1800,
	taxonomy_term_id: null,
	cluster_id: 4,
	idea_id: null,
	status: 'completed',
	assigned_post_id: 12,
	post_url: null,
	job_id: null,
	error: null,
	created_at: '2026-01-01 00:00:00',
	updated_at: '2026-01-01 00:00:00',
};

describe( 'taskForm and validateTaskForm', () => {
	it( 'fills the form from the task and sends it back as the PATCH body', () => {
		const values = taskForm( task );
		expect( values ).toEqual( {
			title: 'Worm bins',
			brief: 'For flats.',
			keywords: 'worm bin, indoor compost',
			content_type: 'post',
			content_structure: 'article',
			target_words: '1800',
			taxonomy_term_id: '0',
			cluster_id: '4',
			strategy_id: '0',
		} );
		expect(
			validateTaskForm( {
				...values,
				title: '  Worm bins for flats ',
				keywords: 'worm bin,, Worm bin, tea ',
				taxonomy_term_id: '9',
				cluster_id: '0',
				strategy_id: '7',
				content_structure: 'how_to',
				target_words: ' ',
			} )
		).toEqual( {
			errors: {},
			data: {
				title: 'Worm bins for flats',
				brief: 'For flats.',
				keywords: [ 'worm bin', 'tea' ],
				content_type: 'post',
				content_structure: 'how_to',
				target_words: null,
				taxonomy_term_id: 9,
				cluster_id: null,
				strategy_id: 7,
			},
		} );
	} );

	it( 'refuses what the server refuses: blank or long title, long brief, too many or long keywords, unknown type or structure', () => {
		const values = taskForm( task );
		const check = ( changes: Partial< typeof values > ) =>
			validateTaskForm( { ...values, ...changes } );
		expect( check( { title: '  ' } ).errors.title ).toBe(
			'Write a working title.'
		);
		expect( check( { title: 'x'.repeat( 256 ) } ).errors.title ).toMatch(
			/255/
		);
		expect( check( { title: 'x'.repeat( 255 ) } ).data ).not.toBeNull();
		expect( check( { brief: 'b'.repeat( 10001 ) } ).errors.brief ).toMatch(
			/10000/
		);
		expect(
			check( {
				keywords: Array.from(
					{ length: 51 },
					( _, i ) => `k${ i }`
				).join( ',' ),
			} ).errors.keywords
		).toMatch( /50/ );
		expect(
			check( { keywords: 'k'.repeat( 201 ) } ).errors.keywords
		).toMatch( /200/ );
		expect(
			check( { content_type: 'product' } ).errors.content_type
		).toBeDefined();
		expect(
			check( { content_structure: 'poem' } ).errors.content_structure
		).toBeDefined();
		expect( check( { title: '' } ).data ).toBeNull();
		for ( const words of [ '99', '6001', '1200.5', 'long' ] ) {
			expect(
				check( { target_words: words } ).errors.target_words
			).toMatch( /100 to 6000/ );
		}
		expect( check( { target_words: '2500' } ).data?.target_words ).toBe(
			2500
		);
	} );
} );

describe( 'taskServerErrors', () => {
	it( 'puts invalid params on their fields and a busy task in a notice', () => {
		expect(
			taskServerErrors( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): taxonomy_term_id',
				data: {
					status: 400,
					params: {
						taxonomy_term_id:
							'This category does not exist any more.',
					},
				},
			} ).errors
		).toEqual( {
			taxonomy_term_id: 'This category does not exist any more.',
		} );
		const busy = taskServerErrors( {
			code: 'igny8_task_busy',
			message: 'This task is being written right now.',
			data: { status: 409 },
		} );
		expect( busy.errors ).toEqual( {} );
		expect( busy.notice?.message ).toBe(
			'This task is being written right now.'
		);
	} );
} );
