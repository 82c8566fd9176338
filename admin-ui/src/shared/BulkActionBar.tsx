/**
 * The pipeline's actions as labelled buttons above a table, with the table's total (or what
 * is selected of it): DataViews draws bulk actions as unlabelled icons in a footer below the
 * rows and counts only the page it shows.
 *
 * External dependencies
 */
import type { Action } from '@wordpress/dataviews';
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useRegistry } from '@wordpress/data';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatNumber } from './format';
import type { Item } from './store/types';
import './bulk-action-bar.scss';

export interface BulkActionBarProps< T extends Item > {
	/** Bulk actions with a callback; each becomes a labelled button. */
	actions: Action< T >[];
	/** The rows the table shows (the selection is read from them). */
	items: T[];
	selection: string[];
	/** Rows in the whole collection under the current search and filters. */
	total: number;
	/** "1,234 keywords": the total with its noun. */
	countLabel: ( total: number ) => string;
	/** Shown under the buttons: the progress of the run they started. */
	children?: ReactNode;
}

/** The rows an action may act on among the selected ones. */
export function eligibleRows< T extends Item >(
	action: Pick< Action< T >, 'isEligible' >,
	items: T[],
	selection: string[]
): T[] {
	return items.filter(
		( item ) =>
			selection.includes( String( item.id ) ) &&
			( ! action.isEligible || action.isEligible( item ) )
	);
}

/** "1,234 keywords" or "3 of 1,234 keywords selected". */
export function countText(
	selected: number,
	total: number,
	countLabel: ( total: number ) => string
): string {
	if ( selected === 0 ) {
		return countLabel( total );
	}
	return sprintf(
		/* translators: 1: number of selected rows, 2: the table's total with its noun, e.g. "1,234 keywords". */
		_n(
			'%1$s of %2$s selected',
			'%1$s of %2$s selected',
			selected,
			'igny8'
		),
		formatNumber( selected ),
		countLabel( total )
	);
}

export function BulkActionBar< T extends Item >( {
	actions,
	items,
	selection,
	total,
	countLabel,
	children,
}: BulkActionBarProps< T > ) {
	const registry = useRegistry();
	const selected = items.filter( ( item ) =>
		selection.includes( String( item.id ) )
	).length;
	return (
		<div className="igny8-bulk-bar">
			<div
				className="igny8-bulk-bar__row"
				role="toolbar"
				aria-label={ __( 'Actions on the selected rows', 'igny8' ) }
			>
				<span className="igny8-bulk-bar__count" aria-live="polite">
					{ countText( selected, total, countLabel ) }
				</span>
				{ actions.map( ( action ) => {
					const rows = eligibleRows( action, items, selection );
					const label =
						typeof action.label === 'string'
							? action.label
							: action.label( rows );
					const off = rows.length === 0 || !! action.disabled;
					return (
						<Button
							key={ action.id }
							variant="secondary"
							size="compact"
							isDestructive={ action.isDestructive }
							disabled={ off }
							accessibleWhenDisabled
							description={
								rows.length === 0
									? __(
											'Select rows in the table first.',
											'igny8'
										)
									: undefined
							}
							onClick={ () =>
								'callback' in action &&
								action.callback( rows, { registry } )
							}
						>
							{ label }
						</Button>
					);
				} ) }
			</div>
			{ children }
		</div>
	);
}
