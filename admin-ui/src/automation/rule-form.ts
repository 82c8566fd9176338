/**
 * The rule form's checks: the same rules as plugin/includes/Automation/Rule_Schema.php
 * (the create and the update route validate with it), and the server's refusals
 * placed on their field. Pure (unit-tested).
 *
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { placeServerErrors } from '../shared/form-errors';
import type { ScreenNotice } from '../shared/types';
import type { PublishMode, Rule, RuleFields } from './types';

/** What the form holds: numbers as typed text, so a typo stays on screen to be fixed. */
export interface RuleFormValues {
	name: string;
	sector_id: string;
	max_ideas: string;
	days: number[];
	run_time: string;
	publish_mode: PublishMode;
	publish_time: string;
	generate_images: boolean;
	quality_threshold: string;
	monthly_credit_cap: string;
	/** 0: the default strategy. */
	strategy_id: string;
}

export type RuleFormField = keyof RuleFormValues;
export type RuleFormErrors = Partial< Record< RuleFormField, string > >;

export const RULE_FORM_FIELDS: RuleFormField[] = [
	'name',
	'sector_id',
	'max_ideas',
	'days',
	'run_time',
	'generate_images',
	'publish_mode',
	'publish_time',
	'quality_threshold',
	'monthly_credit_cap',
	'strategy_id',
];

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** A new rule, as the create route defaults it. */
export function emptyRuleForm(): RuleFormValues {
	return {
		name: '',
		sector_id: '0',
		max_ideas: '3',
		days: [ 1, 2, 3, 4, 5 ],
		run_time: '09:00',
		publish_mode: 'draft',
		publish_time: '',
		generate_images: false,
		quality_threshold: '70',
		monthly_credit_cap: '0',
		strategy_id: '0',
	};
}

/** The form filled in with a rule, for editing. */
export function ruleToForm( rule: Rule ): RuleFormValues {
	return {
		name: rule.name,
		sector_id: String( rule.sector_id ?? 0 ),
		max_ideas: String( rule.max_ideas ),
		days: [ ...rule.days ],
		run_time: rule.run_time,
		publish_mode: rule.publish_mode,
		publish_time: rule.publish_time ?? '',
		generate_images: Boolean( rule.generate_images ),
		quality_threshold: String( rule.quality_threshold ),
		monthly_credit_cap: String( rule.monthly_credit_cap ),
		strategy_id: String( rule.strategy_id ?? 0 ),
	};
}

/** A whole number within [min, max], or null. */
function whole( text: string, min: number, max: number ): number | null {
	if ( ! /^\d+$/.test( text.trim() ) ) {
		return null;
	}
	const value = Number( text.trim() );
	return value >= min && value <= max ? value : null;
}

/** Checks the form; with no errors, `data` is the body of the create or update route. */
export function validateRuleForm( values: RuleFormValues ): {
	errors: RuleFormErrors;
	data: RuleFields | null;
} {
	const errors: RuleFormErrors = {};
	const name = values.name.replace( /\s+/g, ' ' ).trim();
	if ( ! name ) {
		errors.name = __( 'Name the rule.', 'igny8' );
	} else if ( name.length > 191 ) {
		errors.name = __( 'The name is longer than 191 characters.', 'igny8' );
	}
	const maxIdeas = whole( values.max_ideas, 1, 20 );
	if ( maxIdeas === null ) {
		errors.max_ideas = __( 'A whole number from 1 to 20.', 'igny8' );
	}
	if ( values.days.length === 0 ) {
		errors.days = __( 'Pick at least one day.', 'igny8' );
	}
	if ( ! TIME.test( values.run_time ) ) {
		errors.run_time = __( 'A time of day, HH:MM (24 hours).', 'igny8' );
	}
	if (
		values.publish_mode === 'schedule' &&
		values.publish_time !== '' &&
		! TIME.test( values.publish_time )
	) {
		errors.publish_time = __(
			'A time of day, HH:MM (24 hours), or empty for the run time.',
			'igny8'
		);
	}
	const threshold = whole( values.quality_threshold, 0, 100 );
	if ( threshold === null ) {
		errors.quality_threshold = __(
			'A whole number from 0 to 100.',
			'igny8'
		);
	}
	const cap = whole( values.monthly_credit_cap, 0, 1000000 );
	if ( cap === null ) {
		errors.monthly_credit_cap = sprintf(
			/* translators: %s: largest cap */
			__( 'A whole number from 0 (no cap) to %s.', 'igny8' ),
			'1000000'
		);
	}
	if ( Object.keys( errors ).length ) {
		return { errors, data: null };
	}
	return {
		errors,
		data: {
			name,
			sector_id: Number( values.sector_id ),
			max_ideas: maxIdeas as number,
			days: [ ...values.days ].sort(),
			run_time: values.run_time,
			publish_mode: values.publish_mode,
			publish_time:
				values.publish_mode === 'schedule' ? values.publish_time : '',
			generate_images: values.generate_images,
			quality_threshold: threshold as number,
			monthly_credit_cap: cap as number,
			strategy_id: Number( values.strategy_id ),
		},
	};
}

/** A refusal of the route: invalid params under their fields, anything else above the form. */
export function ruleServerErrors( error: unknown ): {
	errors: RuleFormErrors;
	notice: ScreenNotice | null;
} {
	return placeServerErrors( error, RULE_FORM_FIELDS );
}
