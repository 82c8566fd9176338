/**
 * The unified response envelope of the seed API — the one implementation:
 *   success {success:true, data, message?, request_id}
 *   error   {success:false, error, errors?, request_id}
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldErrors } from './errors';

function requestIdOf( c: Context ): string {
	return ( c.get( 'requestId' ) as string | undefined ) ?? '';
}

export function ok<T>( c: Context, data: T, status: ContentfulStatusCode = 200, message?: string ) {
	return c.json( { success: true as const, data, ...( message ? { message } : {} ), request_id: requestIdOf( c ) }, status );
}

export function fail( c: Context, status: ContentfulStatusCode, error: string, errors?: FieldErrors ) {
	return c.json( { success: false as const, error, ...( errors ? { errors } : {} ), request_id: requestIdOf( c ) }, status );
}
