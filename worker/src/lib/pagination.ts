/**
 * The seed's pagination (Django REST framework's PageNumberPagination):
 * {count, next, previous, results}, with next/previous as absolute URLs or null.
 */
import * as z from 'zod';

export const MAX_PAGE_SIZE = 100;

/** ?page=&page_size= validated at the route (page_size at most 100). */
export const pageQuery = {
	page: z.coerce.number().int().min( 1 ).max( 100_000 ).default( 1 ),
	page_size: z.coerce.number().int().min( 1 ).max( MAX_PAGE_SIZE ).default( 25 ),
};

export interface Page<T> {
	count: number;
	next: string | null;
	previous: string | null;
	results: T[];
}

/** Builds the page envelope; the links keep the request's other query parameters. */
export function pageOf<T>( requestUrl: string, count: number, page: number, pageSize: number, results: T[] ): Page<T> {
	const link = ( target: number ) => {
		const url = new URL( requestUrl );
		url.searchParams.set( 'page', String( target ) );
		url.searchParams.set( 'page_size', String( pageSize ) );
		return url.toString();
	};
	return {
		count,
		next: page * pageSize < count ? link( page + 1 ) : null,
		previous: page > 1 ? link( Math.min( page - 1, Math.max( 1, Math.ceil( count / pageSize ) ) ) ) : null,
		results,
	};
}
