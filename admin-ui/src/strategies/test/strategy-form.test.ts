/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import type { Strategy } from '../../shared/store/types';
import {
	EMPTY_STRATEGY_FORM,
	strategyForm,
	strategyServerErrors,
	validateStrategyForm,
} from '../strategy-form';

const strategy: Strategy = {
	id: 3,
	name: 'Long reads',
	is_default: false,
	target_words: 2400,
	content_structure: 'guide',
	author_profile: 'ap_warm',
	image_count: 4,
	faq: false,
	takeaways: true,
	link_policy: 'none',
	usage: { tasks: 2, rules: 0 },
	created_at: '2026-01-01 00:00:00',
	updated_at: '2026-01-01 00:00:00',
};

describe( 'strategyForm and validateStrategyForm', () => {
	it( 'round-trips a strategy, and a duplicate keeps its choices under a new name', () => {
		expect( validateStrategyForm( strategyForm( strategy ) ) ).toEqual( {
			errors: {},
			data: {
				name: 'Long reads',
				target_words: 2400,
				content_structure: 'guide',
				author_profile: 'ap_warm',
				image_count: 4,
				faq: false,
				takeaways: true,
				link_policy: 'none',
			},
		} );
		const copy = strategyForm( strategy, true );
		expect( copy.name ).toBe( 'Long reads (copy)' );
		expect( copy.takeaways ).toBe( '1' );
	} );

	it( 'a new strategy starts with the seeded default’s choices', () => {
		const { data } = validateStrategyForm( {
			...EMPTY_STRATEGY_FORM,
			name: ' News ',
		} );
		expect( data ).toEqual( {
			name: 'News',
			target_words: null,
			content_structure: '',
			author_profile: '',
			image_count: 3,
			faq: true,
			takeaways: false,
			link_policy: 'linker',
		} );
	} );

	it( 'refuses what the server refuses and keeps what was typed', () => {
		const values = {
			...EMPTY_STRATEGY_FORM,
			name: '  ',
			target_words: '12',
			content_structure: 'essay',
			image_count: '6',
			link_policy: 'everywhere',
		};
		const { errors, data } = validateStrategyForm( values );
		expect( data ).toBeNull();
		expect( Object.keys( errors ).sort() ).toEqual( [
			'content_structure',
			'image_count',
			'link_policy',
			'name',
			'target_words',
		] );
		expect( values.image_count ).toBe( '6' );
	} );

	it( 'places a repeated name under the name field', () => {
		expect(
			strategyServerErrors( {
				code: 'igny8_duplicate',
				message: 'An item with this name already exists.',
				data: { status: 409 },
			} ).errors
		).toEqual( {
			name: 'An item with this name already exists. Choose another name.',
		} );
	} );
} );
