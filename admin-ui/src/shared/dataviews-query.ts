/**
 * DataViews view ↔ igny8/v1 list query. Pure functions (unit-tested): the
 * tables keep their view in React state and ask the store for viewToQuery( view ).
 *
 * External dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import type { Query } from './store/types';

export interface QueryMapping {
	/** DataViews field id → REST orderby value; a field not listed cannot be sorted. */
	sortable?: Record< string, string >;
	/**
	 * Filter field id → REST arg. Only the "is" operator maps to the equality
	 * args the REST routes take; other operators are dropped.
	 */
	filters?: Record< string, string >;
	/** Fixed args added to every query (e.g. { status: 'draft' } for a tab). */
	fixed?: Query;
}

/** Largest page the REST API serves. */
const MAX_PER_PAGE = 100;

/**
 * The REST query of a view: page, per_page (1–100), search, orderby/order and
 * equality filters.
 */
export function viewToQuery( view: View, mapping: QueryMapping = {} ): Query {
	const query: Query = {
		page: Math.max( 1, Math.floor( view.page ?? 1 ) ),
		per_page: Math.min(
			MAX_PER_PAGE,
			Math.max( 1, Math.floor( view.perPage ?? 20 ) )
		),
	};
	const search = ( view.search ?? '' ).trim();
	if ( search ) {
		query.search = search;
	}
	const orderby = view.sort
		? mapping.sortable?.[ view.sort.field ]
		: undefined;
	if ( view.sort && orderby ) {
		query.orderby = orderby;
		query.order = view.sort.direction === 'asc' ? 'asc' : 'desc';
	}
	for ( const filter of view.filters ?? [] ) {
		const arg = mapping.filters?.[ filter.field ];
		const value = Array.isArray( filter.value )
			? filter.value[ 0 ]
			: filter.value;
		if (
			! arg ||
			filter.operator !== 'is' ||
			value === undefined ||
			value === null ||
			value === ''
		) {
			continue;
		}
		query[ arg ] = value as string | number;
	}
	return { ...query, ...( mapping.fixed ?? {} ) };
}

/**
 * The view a query came from (the inverse, used to restore a table from the
 * URL or saved state): page, perPage, search, sort and "is" filters.
 */
export function queryToView(
	query: Query,
	base: View,
	mapping: QueryMapping = {}
): View {
	const view: View = { ...base, filters: [] };
	if ( query.page ) {
		view.page = Number( query.page );
	}
	if ( query.per_page ) {
		view.perPage = Number( query.per_page );
	}
	view.search = typeof query.search === 'string' ? query.search : '';
	if ( typeof query.orderby === 'string' ) {
		const field = Object.entries( mapping.sortable ?? {} ).find(
			( [ , arg ] ) => arg === query.orderby
		)?.[ 0 ];
		if ( field ) {
			view.sort = {
				field,
				direction: query.order === 'asc' ? 'asc' : 'desc',
			};
		}
	}
	for ( const [ field, arg ] of Object.entries( mapping.filters ?? {} ) ) {
		const value = query[ arg ];
		if ( value !== undefined && value !== null && value !== '' ) {
			view.filters!.push( { field, operator: 'is', value } );
		}
	}
	return view;
}

/**
 * A view change that is not paging (search, filter, sort, page size) goes back
 * to page 1, so the user never lands on an empty page past the end.
 */
export function resetPageOnChange( previous: View, next: View ): View {
	const changed =
		previous.search !== next.search ||
		JSON.stringify( previous.filters ?? [] ) !==
			JSON.stringify( next.filters ?? [] ) ||
		JSON.stringify( previous.sort ?? null ) !==
			JSON.stringify( next.sort ?? null ) ||
		previous.perPage !== next.perPage;
	return changed && next.page === previous.page ? { ...next, page: 1 } : next;
}

/** Selected ids (DataViews passes strings) as the numbers the REST routes take. */
export function selectionToIds( selection: string[] ): number[] {
	return selection
		.map( Number )
		.filter( ( id ) => Number.isInteger( id ) && id > 0 );
}

/** A table's first view: page 1 of `perPage` rows, no search or filters, the given columns and sort. */
export function tableView(
	view: Pick< View, 'fields' | 'titleField' > &
		Partial< Pick< View, 'sort' | 'perPage' > >
): View {
	return {
		type: 'table',
		page: 1,
		perPage: 20,
		search: '',
		filters: [],
		layout: {},
		...view,
	};
}
