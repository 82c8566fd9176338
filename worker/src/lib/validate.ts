/**
 * zod validation at the route, reported in the envelope with `errors` per field.
 * (Hono's `validator` runs it; @hono/zod-validator is not needed for this.)
 */
import { validator } from 'hono/validator';
import * as z from 'zod';
import { ApiError, badRequest, type FieldErrors } from './errors';

/** Turns zod issues into {"field.path": ["message", …]}; form-level issues go under "non_field_errors". */
export function fieldErrors( error: z.ZodError ): FieldErrors {
	const errors: FieldErrors = {};
	for ( const issue of error.issues ) {
		const key = issue.path.length > 0 ? issue.path.join( '.' ) : 'non_field_errors';
		( errors[ key ] ??= [] ).push( issue.message );
	}
	return errors;
}

/** Parses with `schema` or throws a 400 ApiError carrying the field errors. */
export function parseOrThrow<S extends z.ZodType>( schema: S, value: unknown, message = 'Validation failed.' ): z.infer<S> {
	const result = schema.safeParse( value );
	if ( ! result.success ) throw badRequest( message, fieldErrors( result.error ) );
	return result.data;
}

/**
 * Validates the JSON body; an empty body counts as {}. A body sent without a
 * Content-Type (or as text/plain) is still read as JSON, so a client that forgets
 * the header gets its fields validated instead of silently ignored.
 */
export const jsonBody = <S extends z.ZodType>( schema: S ) =>
	validator( 'json', async ( value, c ) => {
		let body: unknown = value;
		const type = c.req.header( 'Content-Type' ) ?? '';
		if ( ! /json/i.test( type ) ) {
			const text = await c.req.text();
			if ( text.trim() === '' ) body = {};
			else if ( type !== '' && ! /^text\/plain/i.test( type ) ) throw new ApiError( 415, 'Send the body as JSON (Content-Type: application/json).' );
			else {
				try {
					body = JSON.parse( text );
				} catch {
					throw badRequest( 'Malformed JSON in request body.' );
				}
			}
		}
		return parseOrThrow( schema, body ?? {} );
	} );

/** Validates the query string (first value of each parameter) with `schema`. */
export const query = <S extends z.ZodType>( schema: S ) => validator( 'query', ( value ) => parseOrThrow( schema, Object.fromEntries( Object.entries( value ).map( ( [ key, item ] ) => [ key, Array.isArray( item ) ? item[ 0 ] : item ] ) ) ) );
