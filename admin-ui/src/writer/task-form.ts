/**
 * The Edit task form's checks, the same rules as PATCH writer/tasks/{id}
 * (title 1–255 characters once trimmed, brief up to 10000, at most 50 keywords
 * of up to 200 characters, a known type and structure, a target length in the
 * job contract's range or none), and the server's
 * refusals placed on their field. Pure (unit-tested).
 *
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CONTENT_STRUCTURES } from '@igny8/worker/contracts';
import { placeServerErrors, type PlacedErrors } from '../shared/form-errors';
import { parseTargetWords } from '../shared/target-words';
import type { Task } from '../shared/store/types';
import { parseKeywords } from './draft';

/** What the form holds, as typed: keywords comma-separated, 0 for no category or cluster. */
export interface TaskFormValues {
	title: string;
	brief: string;
	keywords: string;
	content_type: string;
	content_structure: string;
	target_words: string;
	taxonomy_term_id: string;
	cluster_id: string;
	/** 0: the default strategy. */
	strategy_id: string;
}

export type TaskFormField = keyof TaskFormValues;
export type TaskFormErrors = Partial< Record< TaskFormField, string > >;

/** The fields in form order (the first with an error gets the focus). */
export const TASK_FORM_FIELDS: TaskFormField[] = [
	'title',
	'brief',
	'keywords',
	'content_type',
	'content_structure',
	'target_words',
	'taxonomy_term_id',
	'cluster_id',
	'strategy_id',
];

/** Article structures: the job contract's, which the server and the Worker's prompt share. */
export const STRUCTURES = CONTENT_STRUCTURES;

/** The structures with their labels, for a select. */
export const structureOptions = (): Array< {
	value: string;
	label: string;
} > => {
	const labels: Record< ( typeof STRUCTURES )[ number ], string > = {
		article: __( 'Article', 'igny8' ),
		how_to: __( 'How-to guide', 'igny8' ),
		listicle: __( 'List article', 'igny8' ),
		guide: __( 'In-depth guide', 'igny8' ),
		comparison: __( 'Comparison', 'igny8' ),
		review: __( 'Review', 'igny8' ),
		pillar: __( 'Pillar page', 'igny8' ),
	};
	return STRUCTURES.map( ( value ) => ( { value, label: labels[ value ] } ) );
};

const MAX_TITLE = 255;
const MAX_BRIEF = 10000;
const MAX_KEYWORDS = 50;
const MAX_KEYWORD = 200;

/** The form filled from the task as the table shows it. */
export function taskForm( task: Task ): TaskFormValues {
	return {
		title: task.title,
		brief: task.brief,
		keywords: ( task.keywords ?? [] ).join( ', ' ),
		content_type: task.content_type || 'post',
		content_structure: task.content_structure || 'article',
		target_words: task.target_words ? String( task.target_words ) : '',
		taxonomy_term_id: String( task.taxonomy_term_id ?? 0 ),
		cluster_id: String( task.cluster_id ?? 0 ),
		strategy_id: String( task.strategy_id ?? 0 ),
	};
}

/**
 * Checks the form. With no errors, `data` is the body of PATCH writer/tasks/{id}
 * (no category or cluster become null).
 */
export function validateTaskForm( values: TaskFormValues ): {
	errors: TaskFormErrors;
	data: Record< string, unknown > | null;
} {
	const errors: TaskFormErrors = {};
	const title = values.title.trim();
	if ( ! title ) {
		errors.title = __( 'Write a working title.', 'igny8' );
	} else if ( title.length > MAX_TITLE ) {
		errors.title = __(
			'The title is longer than 255 characters.',
			'igny8'
		);
	}
	const brief = values.brief.trim();
	if ( brief.length > MAX_BRIEF ) {
		errors.brief = __(
			'The brief is longer than 10000 characters.',
			'igny8'
		);
	}
	const keywords = parseKeywords( values.keywords );
	if ( keywords.length > MAX_KEYWORDS ) {
		errors.keywords = __( 'Give at most 50 keywords.', 'igny8' );
	} else if ( keywords.some( ( keyword ) => keyword.length > MAX_KEYWORD ) ) {
		errors.keywords = __(
			'Each keyword is at most 200 characters.',
			'igny8'
		);
	}
	if ( ! [ 'post', 'page' ].includes( values.content_type ) ) {
		errors.content_type = __( 'Choose post or page.', 'igny8' );
	}
	if (
		! ( STRUCTURES as readonly string[] ).includes(
			values.content_structure
		)
	) {
		errors.content_structure = __(
			'Choose a structure from the list.',
			'igny8'
		);
	}
	const target = parseTargetWords( values.target_words );
	if ( target.error !== undefined ) {
		errors.target_words = target.error;
	}
	const idOrNull = ( text: string ) =>
		Number( text ) > 0 ? Number( text ) : null;
	const data = {
		title,
		brief,
		keywords,
		content_type: values.content_type,
		content_structure: values.content_structure,
		target_words: target.error === undefined ? target.value : null,
		taxonomy_term_id: idOrNull( values.taxonomy_term_id ),
		cluster_id: idOrNull( values.cluster_id ),
		strategy_id: idOrNull( values.strategy_id ),
	};
	return { errors, data: Object.keys( errors ).length ? null : data };
}

/** Invalid args on their fields; a task being written (409) and the rest above the form. */
export function taskServerErrors(
	error: unknown
): PlacedErrors< TaskFormField > {
	return placeServerErrors( error, TASK_FORM_FIELDS );
}
