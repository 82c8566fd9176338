/**
 * The strategy form's checks, the same rules as POST/PATCH /igny8/v1/strategies
 * (a name of 1–191 characters once trimmed, a length in the job contract's range
 * or none, a known structure or the task's own, 0–5 images, a known link
 * policy), and the server's refusals placed on their field. Pure (unit-tested).
 *
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CONTENT_STRUCTURES } from '@igny8/worker/contracts';
import { placeServerErrors, type PlacedErrors } from '../shared/form-errors';
import { parseTargetWords } from '../shared/target-words';
import type { Strategy } from '../shared/store/types';

/** Most in-article images a strategy asks for (Strategies_Repository::MAX_IMAGES). */
export const MAX_IMAGES = 5;

/** The form as typed; switches are '1' or '0'. */
export interface StrategyFormValues {
	name: string;
	target_words: string;
	content_structure: string;
	author_profile: string;
	image_count: string;
	faq: string;
	takeaways: string;
	link_policy: string;
}

export type StrategyFormField = keyof StrategyFormValues;

/** The fields in form order (the first with an error gets the focus). */
export const STRATEGY_FORM_FIELDS: StrategyFormField[] = [
	'name',
	'target_words',
	'content_structure',
	'author_profile',
	'image_count',
	'faq',
	'takeaways',
	'link_policy',
];

/** A new strategy: the seeded default's choices. */
export const EMPTY_STRATEGY_FORM: StrategyFormValues = {
	name: '',
	target_words: '',
	content_structure: '',
	author_profile: '',
	image_count: '3',
	faq: '1',
	takeaways: '0',
	link_policy: 'linker',
};

/** The form filled from a strategy; `copyOf` names a duplicate. */
export function strategyForm(
	strategy: Strategy,
	copyOf = false
): StrategyFormValues {
	return {
		name: copyOf
			? sprintf(
					/* translators: %s: strategy name */
					__( '%s (copy)', 'igny8' ),
					strategy.name
				)
			: strategy.name,
		target_words: strategy.target_words
			? String( strategy.target_words )
			: '',
		content_structure: strategy.content_structure,
		author_profile: strategy.author_profile,
		image_count: String( strategy.image_count ),
		faq: strategy.faq ? '1' : '0',
		takeaways: strategy.takeaways ? '1' : '0',
		link_policy: strategy.link_policy,
	};
}

/** Checks the form; with no errors, `data` is the body of POST or PATCH /strategies. */
export function validateStrategyForm( values: StrategyFormValues ): {
	errors: Partial< Record< StrategyFormField, string > >;
	data: Record< string, unknown > | null;
} {
	const errors: Partial< Record< StrategyFormField, string > > = {};
	const name = values.name.trim();
	if ( ! name ) {
		errors.name = __( 'Give the strategy a name.', 'igny8' );
	} else if ( name.length > 191 ) {
		errors.name = __( 'The name is longer than 191 characters.', 'igny8' );
	}
	const target = parseTargetWords( values.target_words );
	if ( target.error !== undefined ) {
		errors.target_words = target.error;
	}
	if (
		values.content_structure !== '' &&
		! ( CONTENT_STRUCTURES as readonly string[] ).includes(
			values.content_structure
		)
	) {
		errors.content_structure = __(
			'Choose a structure from the list.',
			'igny8'
		);
	}
	const images = values.image_count.trim();
	if ( ! /^\d+$/.test( images ) || Number( images ) > MAX_IMAGES ) {
		errors.image_count = sprintf(
			/* translators: %d: most images */
			__( 'Give a whole number of images from 0 to %d.', 'igny8' ),
			MAX_IMAGES
		);
	}
	if ( ! [ 'linker', 'none' ].includes( values.link_policy ) ) {
		errors.link_policy = __(
			'Choose a link policy from the list.',
			'igny8'
		);
	}
	const data = {
		name,
		target_words: target.error === undefined ? target.value : null,
		content_structure: values.content_structure,
		author_profile: values.author_profile,
		image_count: Number( images ),
		faq: values.faq === '1',
		takeaways: values.takeaways === '1',
		link_policy: values.link_policy,
	};
	return { errors, data: Object.keys( errors ).length ? null : data };
}

/** Invalid args on their fields, a repeated name on the name, the rest above the form. */
export function strategyServerErrors(
	error: unknown
): PlacedErrors< StrategyFormField > {
	return placeServerErrors( error, STRATEGY_FORM_FIELDS, {
		igny8_duplicate: {
			field: 'name',
			nextStep: __( 'Choose another name.', 'igny8' ),
		},
	} );
}
