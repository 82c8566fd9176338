/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	emptyIdeaForm,
	firstInvalidIdeaField,
	ideaServerErrors,
	ideaToForm,
	parseKeywords,
	parseOutline,
	validateIdeaForm,
} from '../idea-form';
import type { Idea } from '../../shared/store/types';

const filled = {
	...emptyIdeaForm(),
	title: '  Compost in   small gardens ',
	cluster_id: '4',
	description: ' Who it is for. ',
	outline: 'Why compost\n\n- Bins for balconies\n  * Worms ',
	keywords: 'small garden compost, balcony compost,, Balcony compost',
};

describe( 'validateIdeaForm', () => {
	it( 'sends the create/update body with the structure and keywords parsed', () => {
		const { errors, data } = validateIdeaForm( filled );
		expect( errors ).toEqual( {} );
		expect( data ).toEqual( {
			title: 'Compost in small gardens',
			description: 'Who it is for.',
			cluster_id: 4,
			content_type: 'post',
			outline: [
				{ heading: 'Why compost', level: 2 },
				{ heading: 'Bins for balconies', level: 3 },
				{ heading: 'Worms', level: 3 },
			],
			suggested_keywords: [ 'small garden compost', 'balcony compost' ],
		} );
	} );

	it( 'sends no cluster as null, so an edit can clear it', () => {
		expect(
			validateIdeaForm( { ...filled, cluster_id: '0' } ).data?.cluster_id
		).toBeNull();
	} );

	it( 'refuses what the server refuses, field by field', () => {
		const { errors, data } = validateIdeaForm( {
			...filled,
			title: '   ',
			description: 'd'.repeat( 10001 ),
			outline: Array.from( { length: 41 }, ( _, i ) => `H${ i }` ).join(
				'\n'
			),
			keywords: 'k'.repeat( 201 ),
		} );
		expect( data ).toBeNull();
		expect( Object.keys( errors ).sort() ).toEqual( [
			'description',
			'keywords',
			'outline',
			'title',
		] );
		expect( errors.title ).toBe( 'Type the title.' );
		expect( firstInvalidIdeaField( errors ) ).toBe( 'title' );
		expect(
			validateIdeaForm( { ...filled, title: 't'.repeat( 256 ) } ).errors
				.title
		).toMatch( /255/ );
		expect(
			validateIdeaForm( {
				...filled,
				keywords: Array.from(
					{ length: 51 },
					( _, i ) => `k${ i }`
				).join( ',' ),
			} ).errors.keywords
		).toMatch( /50/ );
	} );
} );

describe( 'ideaToForm', () => {
	it( 'fills the form so that saving it unchanged sends the same idea', () => {
		const idea = {
			id: 3,
			title: 'Compost',
			description: 'Start here.',
			cluster_id: null,
			outline: [
				{ heading: 'Greens', level: 2 },
				{ heading: 'Browns', level: 3 },
			],
			suggested_keywords: [ 'compost', 'greens' ],
			content_type: 'page',
			status: 'draft',
			task_id: null,
			created_at: '',
		} as Idea;
		const form = ideaToForm( idea );
		expect( form.outline ).toBe( 'Greens\n- Browns' );
		expect( form.cluster_id ).toBe( '0' );
		const { data } = validateIdeaForm( form );
		expect( data?.outline ).toEqual( idea.outline );
		expect( data?.suggested_keywords ).toEqual( idea.suggested_keywords );
		expect( data?.content_type ).toBe( 'page' );
	} );
} );

describe( 'parsers', () => {
	it( 'drop empty lines and repeated keywords', () => {
		expect( parseOutline( '\n \n-  \n' ) ).toEqual( [] );
		expect( parseKeywords( 'a,\nA, b ,' ) ).toEqual( [ 'a', 'b' ] );
	} );
} );

describe( 'ideaServerErrors', () => {
	it( 'puts an invalid param under its field (suggested_keywords under keywords)', () => {
		expect(
			ideaServerErrors( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): cluster_id, suggested_keywords',
				data: {
					status: 400,
					params: {
						cluster_id: 'This cluster does not exist.',
						suggested_keywords: 'A target keyword is empty.',
					},
				},
			} )
		).toEqual( {
			errors: {
				cluster_id: 'This cluster does not exist.',
				keywords: 'A target keyword is empty.',
			},
			notice: null,
		} );
	} );

	it( 'shows anything else above the form', () => {
		const refused = ideaServerErrors( {
			code: 'rest_forbidden',
			message: 'Sorry, you are not allowed to do that.',
			data: { status: 403 },
		} );
		expect( refused.errors ).toEqual( {} );
		expect( refused.notice?.message ).toBe(
			'Sorry, you are not allowed to do that.'
		);
	} );
} );
