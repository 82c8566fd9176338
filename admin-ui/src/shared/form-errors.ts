/**
 * Where a write route's refusal belongs in a form: on the field it names
 * (rest_invalid_param's `params`, or an error code tied to one field), else
 * in a notice above the form. Pure (unit-tested).
 *
 * Internal dependencies
 */
import { asRestError, errorToNotice } from './errors';
import type { ScreenNotice } from './types';

/** What a form shows after the server refused it. */
export interface PlacedErrors< F extends string > {
	errors: Partial< Record< F, string > >;
	notice: ScreenNotice | null;
}

/**
 * Places a refusal: `byCode` ties an error code (a 409 duplicate, an id that no
 * longer exists) to the field it concerns; the field message may add a next step.
 */
export function placeServerErrors< F extends string >(
	error: unknown,
	fields: readonly F[],
	byCode: Partial< Record< string, { field: F; nextStep?: string } > > = {}
): PlacedErrors< F > {
	const rest = asRestError( error );
	const tied = byCode[ rest.code ];
	if ( tied ) {
		const message = tied.nextStep
			? `${ rest.message } ${ tied.nextStep }`
			: rest.message;
		return {
			errors: { [ tied.field ]: message } as Partial<
				Record< F, string >
			>,
			notice: null,
		};
	}
	const params =
		rest.code === 'rest_invalid_param'
			? ( rest.data?.params as Record< string, string > | undefined )
			: undefined;
	const errors: Partial< Record< F, string > > = {};
	for ( const [ param, message ] of Object.entries( params ?? {} ) ) {
		if ( ( fields as readonly string[] ).includes( param ) ) {
			errors[ param as F ] = message;
		}
	}
	return Object.keys( errors ).length
		? { errors, notice: null }
		: { errors, notice: errorToNotice( error ) };
}

/** The first field (in form order) that has an error. */
export function firstInvalid< F extends string >(
	fields: readonly F[],
	errors: Partial< Record< F, string > >
): F | undefined {
	return fields.find( ( field ) => errors[ field ] );
}

/** A whole number from text, or null when the text is not one. */
export function wholeNumber( text: string ): number | null {
	return /^\d+$/.test( text.trim() ) ? Number( text.trim() ) : null;
}
