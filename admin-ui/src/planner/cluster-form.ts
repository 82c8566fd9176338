/**
 * The New cluster form's checks, the same rules as POST planner/clusters
 * (a name of 1–191 characters once trimmed, unique; a description up to 5000;
 * a target length in the job contract's range or none),
 * and the server's refusals placed on their field. Pure (unit-tested).
 *
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { placeServerErrors, type PlacedErrors } from '../shared/form-errors';
import { parseTargetWords } from '../shared/target-words';

/** What the form holds, as typed; sector 0 for none. */
export interface ClusterFormValues {
	name: string;
	description: string;
	target_words: string;
	sector_id: string;
}

export type ClusterFormField = keyof ClusterFormValues;
export type ClusterFormErrors = Partial< Record< ClusterFormField, string > >;

/** The fields in form order (the first with an error gets the focus). */
export const CLUSTER_FORM_FIELDS: ClusterFormField[] = [
	'name',
	'description',
	'target_words',
	'sector_id',
];

/** Longest name and description the table stores. */
const MAX_NAME = 191;
const MAX_DESCRIPTION = 5000;

export function emptyClusterForm(): ClusterFormValues {
	return { name: '', description: '', target_words: '', sector_id: '0' };
}

/**
 * Checks the form. With no errors, `data` is the body of POST planner/clusters.
 */
export function validateClusterForm( values: ClusterFormValues ): {
	errors: ClusterFormErrors;
	data: Record< string, unknown > | null;
} {
	const errors: ClusterFormErrors = {};
	const name = values.name.trim();
	if ( ! name ) {
		errors.name = __( 'Name the cluster.', 'igny8' );
	} else if ( name.length > MAX_NAME ) {
		errors.name = __( 'The name is longer than 191 characters.', 'igny8' );
	}
	const description = values.description.trim();
	if ( description.length > MAX_DESCRIPTION ) {
		errors.description = __(
			'The description is longer than 5000 characters.',
			'igny8'
		);
	}
	const target = parseTargetWords( values.target_words );
	if ( target.error !== undefined ) {
		errors.target_words = target.error;
	}
	const data: Record< string, unknown > = { name, description };
	if ( target.error === undefined && target.value !== null ) {
		data.target_words = target.value;
	}
	if ( Number( values.sector_id ) > 0 ) {
		data.sector_id = Number( values.sector_id );
	}
	return { errors, data: Object.keys( errors ).length ? null : data };
}

/** A taken name (409) on the name field; invalid args on theirs; the rest above the form. */
export function clusterServerErrors(
	error: unknown
): PlacedErrors< ClusterFormField > {
	return placeServerErrors( error, CLUSTER_FORM_FIELDS, {
		igny8_duplicate: {
			field: 'name',
			nextStep: __(
				'Choose another name, or add keywords to that cluster instead.',
				'igny8'
			),
		},
	} );
}
