/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { kindLabel, signedAmount, TRANSACTION_KINDS } from '../labels';
import { DEFAULT_TRANSACTIONS_VIEW, TRANSACTIONS_MAPPING } from '../query';
import { CollectionTable } from '../../shared/CollectionTable';
import { formatDateTime, formatNumber } from '../../shared/format';
import type { Transaction } from '../types';

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
 * The ledger of this site, one server page at a time (the store's
 * `credit_transactions`), with its empty state and a load error with Retry.
 */
export function TransactionsTable() {
	return (
		<CollectionTable< Transaction >
			name="credit_transactions"
			fields={ FIELDS }
			mapping={ TRANSACTIONS_MAPPING }
			defaultView={ DEFAULT_TRANSACTIONS_VIEW }
			searchable={ false }
			empty={
				<p className="igny8-help igny8-empty">
					{ __(
						'No transactions yet. Each AI job reserves credits when it starts and settles or refunds them when it ends; those entries show here.',
						'igny8'
					) }
				</p>
			}
		/>
	);
}
