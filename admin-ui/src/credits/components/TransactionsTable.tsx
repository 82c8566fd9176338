/**
 * External dependencies
 */
import { DataViews, type Field, type View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { kindLabel, signedAmount, TRANSACTION_KINDS } from '../labels';
import { formatDateTime, formatNumber } from '../../shared/format';
import type { ListPage, Transaction } from '../types';

/** The table's first view: newest first, 20 a page. */
export const DEFAULT_TRANSACTIONS_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	filters: [],
	fields: [ 'kind', 'amount', 'balance_after', 'reason' ],
	titleField: 'created_at',
};

const FIELDS: Field< Transaction >[] = [
	{
		id: 'created_at',
		label: __( 'Date', 'igny8' ),
		enableSorting: false,
		enableHiding: false,
		render: ( { item } ) => <>{ formatDateTime( item.created_at ) }</>,
	},
	{
		id: 'kind',
		label: __( 'Type', 'igny8' ),
		enableSorting: false,
		elements: TRANSACTION_KINDS.map( ( kind ) => ( {
			value: kind,
			label: kindLabel( kind ),
		} ) ),
		filterBy: { operators: [ 'is' ] },
		render: ( { item } ) => <>{ kindLabel( item.kind ) }</>,
	},
	{
		id: 'amount',
		label: __( 'Credits', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => (
			<span
				className={
					item.amount < 0
						? 'igny8-amount igny8-amount--spent'
						: 'igny8-amount igny8-amount--added'
				}
			>
				{ signedAmount( item.amount, formatNumber ) }
			</span>
		),
	},
	{
		id: 'balance_after',
		label: __( 'Balance after', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => <>{ formatNumber( item.balance_after ) }</>,
	},
	{
		id: 'reason',
		label: __( 'Details', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => <>{ item.reason || item.job_id || '' }</>,
	},
];

/**
 * The ledger of this site, one server page at a time (the cloud sorts it
 * newest first and filters one kind at a time).
 */
export function TransactionsTable( {
	page,
	view,
	loading,
	onChangeView,
}: {
	page: ListPage< Transaction >;
	view: View;
	loading: boolean;
	onChangeView: ( view: View ) => void;
} ) {
	return (
		<DataViews< Transaction >
			data={ page.items }
			fields={ FIELDS }
			view={ view }
			onChangeView={ onChangeView }
			search={ false }
			isLoading={ loading }
			paginationInfo={ {
				totalItems: page.total,
				totalPages: page.totalPages,
			} }
			defaultLayouts={ { table: {} } }
			getItemId={ ( item ) => item.id }
		/>
	);
}
