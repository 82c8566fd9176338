/**
 * The Add keyword form's checks: what the browser can tell before sending, and
 * the server's refusals placed on the field they concern. Pure (unit-tested).
 *
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	firstInvalid,
	placeServerErrors,
	wholeNumber,
} from '../shared/form-errors';
import type { Keyword } from '../shared/store/types';
import type { ScreenNotice } from '../shared/types';

/** What the form holds: text as typed; 0 (as '0') for no sector or cluster. */
export interface KeywordFormValues {
	keyword: string;
	search_volume: string;
	difficulty: string;
	intent: string;
	sector_id: string;
	cluster_id: string;
}

export type KeywordFormField = keyof KeywordFormValues;
export type KeywordFormErrors = Partial< Record< KeywordFormField, string > >;

/** The fields in the order the form shows them (the first with an error gets the focus). */
export const KEYWORD_FORM_FIELDS: KeywordFormField[] = [
	'keyword',
	'search_volume',
	'difficulty',
	'intent',
	'sector_id',
	'cluster_id',
];

/** A new form: intent as the create route defaults it, no sector, no cluster. */
export function emptyKeywordForm(): KeywordFormValues {
	return {
		keyword: '',
		search_volume: '',
		difficulty: '',
		intent: 'informational',
		sector_id: '0',
		cluster_id: '0',
	};
}

/** Longest keyword the table stores. */
const MAX_KEYWORD_LENGTH = 255;

/**
 * Checks the form. With no errors, `data` is the body of POST planner/keywords
 * (empty volume and difficulty stay unknown; no sector or cluster is not sent).
 */
export function validateKeywordForm( values: KeywordFormValues ): {
	errors: KeywordFormErrors;
	data: Record< string, unknown > | null;
} {
	const errors: KeywordFormErrors = {};
	const data: Record< string, unknown > = { intent: values.intent };
	const keyword = values.keyword.trim().replace( /\s+/g, ' ' );
	if ( ! keyword ) {
		errors.keyword = __( 'Type the keyword.', 'igny8' );
	} else if ( keyword.length > MAX_KEYWORD_LENGTH ) {
		errors.keyword = __(
			'The keyword is longer than 255 characters.',
			'igny8'
		);
	}
	data.keyword = keyword;
	checkMetrics( values, errors, data, false );
	for ( const field of [ 'sector_id', 'cluster_id' ] as const ) {
		if ( Number( values[ field ] ) > 0 ) {
			data[ field ] = Number( values[ field ] );
		}
	}
	return { errors, data: Object.keys( errors ).length ? null : data };
}

/**
 * Checks volume and difficulty (the server's rules: whole numbers, difficulty
 * 0–100). Empty means unknown: left out of a new keyword, sent as null on an edit.
 */
function checkMetrics(
	values: Pick< KeywordFormValues, 'search_volume' | 'difficulty' >,
	errors: KeywordFormErrors,
	data: Record< string, unknown >,
	emptyAsNull: boolean
) {
	if ( values.search_volume.trim() ) {
		const volume = wholeNumber( values.search_volume );
		if ( volume === null ) {
			errors.search_volume = __(
				'The search volume is a whole number, 0 or more (or leave it empty when unknown).',
				'igny8'
			);
		}
		data.search_volume = volume;
	} else if ( emptyAsNull ) {
		data.search_volume = null;
	}
	if ( values.difficulty.trim() ) {
		const difficulty = wholeNumber( values.difficulty );
		if ( difficulty === null || difficulty > 100 ) {
			errors.difficulty = __(
				'The difficulty is a whole number from 0 to 100 (or leave it empty when unknown).',
				'igny8'
			);
		}
		data.difficulty = difficulty;
	} else if ( emptyAsNull ) {
		data.difficulty = null;
	}
}

/** The Edit keyword form: volume, difficulty, intent and cluster of a stored keyword. */
export type KeywordEditValues = Pick<
	KeywordFormValues,
	'search_volume' | 'difficulty' | 'intent' | 'cluster_id'
>;

/** The edit form filled from the keyword as the table shows it. */
export function keywordEditForm( keyword: Keyword ): KeywordEditValues {
	return {
		search_volume:
			keyword.search_volume === null
				? ''
				: String( keyword.search_volume ),
		difficulty:
			keyword.difficulty === null ? '' : String( keyword.difficulty ),
		intent: keyword.intent ?? '',
		cluster_id: String( keyword.cluster_id ?? 0 ),
	};
}

/**
 * Checks the edit form. With no errors, `data` is the body of PATCH
 * planner/keywords/{id}: emptied numbers and "no cluster" become null.
 */
export function validateKeywordEdit( values: KeywordEditValues ): {
	errors: KeywordFormErrors;
	data: Record< string, unknown > | null;
} {
	const errors: KeywordFormErrors = {};
	const data: Record< string, unknown > = {
		intent: values.intent === '' ? null : values.intent,
		cluster_id:
			Number( values.cluster_id ) > 0
				? Number( values.cluster_id )
				: null,
	};
	checkMetrics( values, errors, data, true );
	return { errors, data: Object.keys( errors ).length ? null : data };
}

/**
 * Where a refusal of the create or edit route belongs: a duplicate (409) or an
 * invalid arg (a cluster or sector that no longer exists too) on its field,
 * anything else in a notice above the form.
 */
export function serverErrors( error: unknown ): {
	errors: KeywordFormErrors;
	notice: ScreenNotice | null;
} {
	return placeServerErrors( error, KEYWORD_FORM_FIELDS, {
		igny8_keyword_exists: {
			field: 'keyword',
			nextStep: __(
				'Search for it in the table, or change what you typed.',
				'igny8'
			),
		},
	} );
}

/** The first field (in form order) that has an error. */
export function firstInvalidField(
	errors: KeywordFormErrors
): KeywordFormField | undefined {
	return firstInvalid( KEYWORD_FORM_FIELDS, errors );
}
