/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	emptyRuleForm,
	ruleServerErrors,
	ruleToForm,
	validateRuleForm,
} from '../rule-form';
import type { Rule } from '../types';

describe( 'validateRuleForm', () => {
	it( 'sends the defaults of a new rule with its name', () => {
		const { errors, data } = validateRuleForm( {
			...emptyRuleForm(),
			name: ' Weekday  articles ',
		} );
		expect( errors ).toEqual( {} );
		expect( data ).toEqual( {
			name: 'Weekday articles',
			sector_id: 0,
			max_ideas: 3,
			days: [ 1, 2, 3, 4, 5 ],
			run_time: '09:00',
			publish_mode: 'draft',
			publish_time: '',
			generate_images: false,
			quality_threshold: 70,
			monthly_credit_cap: 0,
			strategy_id: 0,
		} );
	} );

	it( 'refuses what Rule_Schema refuses and keeps the typed text', () => {
		const values = {
			...emptyRuleForm(),
			name: ' ',
			max_ideas: '21',
			days: [],
			run_time: '25:00',
			publish_mode: 'schedule' as const,
			publish_time: '9am',
			quality_threshold: '101',
			monthly_credit_cap: 'lots',
		};
		const { errors, data } = validateRuleForm( values );
		expect( data ).toBeNull();
		expect( Object.keys( errors ).sort() ).toEqual( [
			'days',
			'max_ideas',
			'monthly_credit_cap',
			'name',
			'publish_time',
			'quality_threshold',
			'run_time',
		] );
		expect( values.monthly_credit_cap ).toBe( 'lots' );
	} );
} );

describe( 'ruleToForm', () => {
	it( 'round-trips a rule through the form', () => {
		const rule = {
			id: 2,
			name: 'Weekends',
			status: 'active',
			sector_id: null,
			max_ideas: 5,
			days: [ 6, 7 ],
			run_time: '10:45',
			publish_mode: 'publish',
			publish_time: '',
			generate_images: true,
			quality_threshold: 0,
			monthly_credit_cap: 250,
			strategy_id: 4,
			next_run_at: null,
			last_run_at: null,
			credits_this_month: 0,
		} as Rule;
		expect( validateRuleForm( ruleToForm( rule ) ).data ).toEqual( {
			name: 'Weekends',
			sector_id: 0,
			max_ideas: 5,
			days: [ 6, 7 ],
			run_time: '10:45',
			publish_mode: 'publish',
			publish_time: '',
			generate_images: true,
			quality_threshold: 0,
			monthly_credit_cap: 250,
			strategy_id: 4,
		} );
	} );
} );

describe( 'ruleServerErrors', () => {
	it( 'puts an unknown sector under the sector field', () => {
		expect(
			ruleServerErrors( {
				code: 'rest_invalid_param',
				message: 'This sector does not exist.',
				data: { status: 400, params: { sector_id: 'Unknown sector.' } },
			} ).errors
		).toEqual( { sector_id: 'Unknown sector.' } );
	} );
} );
