/**
 * Errors a service or route may throw on purpose. app.ts turns them into the
 * envelope with their status; anything else becomes a generic 500.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
	readonly status: ContentfulStatusCode;
	readonly errors: FieldErrors | undefined;

	constructor( status: ContentfulStatusCode, message: string, errors?: FieldErrors ) {
		super( message );
		this.name = 'ApiError';
		this.status = status;
		this.errors = errors;
	}
}

export const badRequest = ( message: string, errors?: FieldErrors ) => new ApiError( 400, message, errors );
export const unauthorized = ( message = 'Authentication credentials were not provided or are invalid.' ) => new ApiError( 401, message );
export const forbidden = ( message = 'You do not have permission to perform this action.' ) => new ApiError( 403, message );
export const notFound = ( message = 'Not found.' ) => new ApiError( 404, message );
export const conflict = ( message: string, errors?: FieldErrors ) => new ApiError( 409, message, errors );
export const paymentRequired = ( message: string ) => new ApiError( 402, message );
