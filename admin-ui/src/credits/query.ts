/**
 * Internal dependencies
 */
import { TRANSACTION_KINDS } from './labels';
import type { TransactionsQuery } from './types';

/** The part of a DataViews view the transactions table reads. */
interface ViewLike {
	page?: number;
	perPage?: number;
	filters?: Array< { field: string; operator: string; value: unknown } >;
}

/**
 * Maps the transactions table's view to the REST query: page, per_page and
 * the "kind" filter (only an "is" filter on a known kind is sent; the cloud
 * filters one kind at a time).
 */
export function transactionsQuery( view: ViewLike ): TransactionsQuery {
	const query: TransactionsQuery = {
		page: Math.max( 1, Math.floor( view.page ?? 1 ) ),
		per_page: Math.min(
			100,
			Math.max( 1, Math.floor( view.perPage ?? 20 ) )
		),
	};
	const filter = view.filters?.find(
		( candidate ) =>
			candidate.field === 'kind' &&
			( candidate.operator === 'is' || candidate.operator === 'isAny' )
	);
	const value = Array.isArray( filter?.value )
		? filter?.value[ 0 ]
		: filter?.value;
	if (
		typeof value === 'string' &&
		( TRANSACTION_KINDS as readonly string[] ).includes( value )
	) {
		query.kind = value;
	}
	return query;
}
