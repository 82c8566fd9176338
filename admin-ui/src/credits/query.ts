/**
 * External dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import { tableView, type QueryMapping } from '../shared/dataviews-query';

/**
 * The transactions table's view ↔ REST query: page, per_page and one "kind"
 * filter (the cloud sorts newest first and filters one kind at a time).
 */
export const TRANSACTIONS_MAPPING: QueryMapping = {
	filters: { kind: 'kind' },
};

/** The table's first view: newest first, 20 a page. */
export const DEFAULT_TRANSACTIONS_VIEW: View = tableView( {
	fields: [ 'kind', 'amount', 'balance_after', 'reason' ],
	titleField: 'created_at',
} );
