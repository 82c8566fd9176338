/**
 * The New idea / Edit idea form's checks: the rules the server applies too
 * (Ideas_Controller's schema and plugin/includes/Rest/Idea_Fields.php), and the
 * server's refusals placed on the field they concern. Pure (unit-tested).
 *
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { asRestError, errorToNotice } from '../shared/errors';
import type { Idea } from '../shared/store/types';
import type { ScreenNotice } from '../shared/types';

/** What the form holds, as typed. */
export interface IdeaFormValues {
	title: string;
	/** '0' for no cluster. */
	cluster_id: string;
	description: string;
	/** One heading per line; a line starting with "-" is a subheading (H3). */
	outline: string;
	/** Comma-separated. */
	keywords: string;
	content_type: 'post' | 'page';
}

export type IdeaFormField = keyof IdeaFormValues;
export type IdeaFormErrors = Partial< Record< IdeaFormField, string > >;

/** The fields in the order the form shows them (the first with an error gets the focus). */
export const IDEA_FORM_FIELDS: IdeaFormField[] = [
	'title',
	'cluster_id',
	'description',
	'outline',
	'keywords',
	'content_type',
];

/** Which form field shows a refusal of each REST param. */
const PARAM_FIELDS: Record< string, IdeaFormField > = {
	title: 'title',
	cluster_id: 'cluster_id',
	description: 'description',
	outline: 'outline',
	suggested_keywords: 'keywords',
	content_type: 'content_type',
};

/** The limits of the ideas table and its REST schema. */
export const IDEA_LIMITS = {
	title: 255,
	description: 10000,
	headings: 40,
	heading: 300,
	keywords: 50,
	keyword: 200,
};

/** A new idea (optionally in a cluster). */
export function emptyIdeaForm( clusterId = 0 ): IdeaFormValues {
	return {
		title: '',
		cluster_id: String( clusterId ),
		description: '',
		outline: '',
		keywords: '',
		content_type: 'post',
	};
}

/** The form filled in with an idea, for editing. */
export function ideaToForm( idea: Idea ): IdeaFormValues {
	return {
		title: idea.title,
		cluster_id: String( idea.cluster_id ?? 0 ),
		description: idea.description ?? '',
		outline: ( idea.outline ?? [] )
			.map( ( item ) =>
				item.level === 3 ? `- ${ item.heading }` : item.heading
			)
			.join( '\n' ),
		keywords: ( idea.suggested_keywords ?? [] ).join( ', ' ),
		content_type: idea.content_type === 'page' ? 'page' : 'post',
	};
}

/** Text as one line: spaces collapsed, trimmed (the server's sanitize_text_field does the same). */
const oneLine = ( text: string ) => text.replace( /\s+/g, ' ' ).trim();

/** The outline lines, empty ones dropped; "-" (or "–", "*") marks a subheading. */
export function parseOutline(
	text: string
): Array< { heading: string; level: 2 | 3 } > {
	return text
		.split( '\n' )
		.map( ( line ) => {
			const sub = /^\s*[-–*]\s*/.exec( line );
			return {
				heading: oneLine( sub ? line.slice( sub[ 0 ].length ) : line ),
				level: ( sub ? 3 : 2 ) as 2 | 3,
			};
		} )
		.filter( ( item ) => item.heading !== '' );
}

/** The keywords, comma- or line-separated; empty ones and repeats dropped. */
export function parseKeywords( text: string ): string[] {
	const seen = new Set< string >();
	return text
		.split( /[,\n]/ )
		.map( oneLine )
		.filter( ( keyword ) => {
			const key = keyword.toLowerCase();
			if ( keyword === '' || seen.has( key ) ) {
				return false;
			}
			seen.add( key );
			return true;
		} );
}

/**
 * Checks the form. With no errors, `data` is the body of POST planner/ideas
 * (or of PATCH planner/ideas/{id}: no cluster is sent as null to clear it).
 */
export function validateIdeaForm( values: IdeaFormValues ): {
	errors: IdeaFormErrors;
	data: Record< string, unknown > | null;
} {
	const errors: IdeaFormErrors = {};
	const title = oneLine( values.title );
	if ( ! title ) {
		errors.title = __( 'Type the title.', 'igny8' );
	} else if ( title.length > IDEA_LIMITS.title ) {
		errors.title = sprintf(
			/* translators: %d: most characters */
			__( 'The title is longer than %d characters.', 'igny8' ),
			IDEA_LIMITS.title
		);
	}
	const description = values.description.trim();
	if ( description.length > IDEA_LIMITS.description ) {
		errors.description = sprintf(
			/* translators: %d: most characters */
			__( 'The description is longer than %d characters.', 'igny8' ),
			IDEA_LIMITS.description
		);
	}
	const outline = parseOutline( values.outline );
	if ( outline.length > IDEA_LIMITS.headings ) {
		errors.outline = sprintf(
			/* translators: %d: most headings */
			__( 'The structure has more than %d headings.', 'igny8' ),
			IDEA_LIMITS.headings
		);
	} else if (
		outline.some( ( item ) => item.heading.length > IDEA_LIMITS.heading )
	) {
		errors.outline = sprintf(
			/* translators: %d: most characters */
			__( 'A heading is longer than %d characters.', 'igny8' ),
			IDEA_LIMITS.heading
		);
	}
	const keywords = parseKeywords( values.keywords );
	if ( keywords.length > IDEA_LIMITS.keywords ) {
		errors.keywords = sprintf(
			/* translators: %d: most keywords */
			__( 'Give at most %d target keywords.', 'igny8' ),
			IDEA_LIMITS.keywords
		);
	} else if (
		keywords.some( ( keyword ) => keyword.length > IDEA_LIMITS.keyword )
	) {
		errors.keywords = sprintf(
			/* translators: %d: most characters */
			__( 'A keyword is longer than %d characters.', 'igny8' ),
			IDEA_LIMITS.keyword
		);
	}
	const cluster = Number( values.cluster_id );
	const data: Record< string, unknown > = {
		title,
		description,
		outline,
		suggested_keywords: keywords,
		content_type: values.content_type,
		cluster_id: cluster > 0 ? cluster : null,
	};
	return { errors, data: Object.keys( errors ).length ? null : data };
}

/**
 * Where a refusal of the create or update route belongs: an invalid param on
 * its field, anything else in a notice above the form.
 */
export function ideaServerErrors( error: unknown ): {
	errors: IdeaFormErrors;
	notice: ScreenNotice | null;
} {
	const rest = asRestError( error );
	const params =
		rest.code === 'rest_invalid_param'
			? ( rest.data?.params as Record< string, string > | undefined )
			: undefined;
	const errors: IdeaFormErrors = {};
	for ( const [ param, message ] of Object.entries( params ?? {} ) ) {
		const field = PARAM_FIELDS[ param ];
		if ( field ) {
			errors[ field ] = message;
		}
	}
	return Object.keys( errors ).length
		? { errors, notice: null }
		: { errors, notice: errorToNotice( error ) };
}

/** The first field (in form order) that has an error. */
export function firstInvalidIdeaField(
	errors: IdeaFormErrors
): IdeaFormField | undefined {
	return IDEA_FORM_FIELDS.find( ( field ) => errors[ field ] );
}
