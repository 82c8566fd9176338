/**
 * A DataViews table over one igny8/core collection: server-side pagination,
 * sort, search and filters (the view becomes the REST query), column
 * visibility, bulk actions, a load error with Retry, and an empty state.
 *
 * External dependencies
 */
import {
	DataViews,
	type Action,
	type Field,
	type View,
} from '@wordpress/dataviews';

import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { BulkActionBar } from './BulkActionBar';
import {
	resetPageOnChange,
	viewToQuery,
	type QueryMapping,
} from './dataviews-query';
import { errorToNotice } from './errors';
import { ScreenNoticeView } from './screen-notices';
import { store } from './store';
import type { CollectionName, Item } from './store/types';
import { useCollection } from './use-collection';

export interface CollectionTableProps< T extends Item > {
	name: CollectionName;
	fields: Field< T >[];
	actions?: Action< T >[];
	mapping: QueryMapping;
	/** The view the table starts with (its page size, columns and sort). */
	defaultView: View;
	/** Selection, kept by the parent so it survives errors and is cleared on success (none for a table without bulk actions). */
	selection?: string[];
	onChangeSelection?: ( selection: string[] ) => void;
	/** Shown instead of the table when the collection is empty (not merely filtered to nothing). */
	empty: ReactNode;
	searchLabel?: string;
	/** False for a route without a `search` arg. */
	searchable?: boolean;
	header?: ReactNode;
	/** Ids of the bulk actions shown as labelled buttons above the table (with the total). */
	barActions?: string[];
	/** "1,234 keywords": the table's total with its noun, shown above the table. */
	countLabel?: ( total: number ) => string;
	/** The progress of a run the table's actions started, shown under their buttons. */
	progress?: ReactNode;
	/** While this says the items are still changing (a run in progress), the table reads them again every few seconds. */
	refreshWhile?: ( items: T[] ) => boolean;
}

/** A table without bulk actions selects nothing. */
const NO_SELECTION: string[] = [];
const NO_BAR: string[] = [];
const ignoreSelection = () => undefined;

/** How often a changing collection is read again. */
const REFRESH_MS = 3000;

export function CollectionTable< T extends Item >( {
	name,
	fields,
	actions = [],
	mapping,
	defaultView,
	selection = NO_SELECTION,
	onChangeSelection = ignoreSelection,
	empty,
	searchLabel,
	searchable = true,
	header,
	barActions = NO_BAR,
	countLabel,
	progress,
	refreshWhile,
}: CollectionTableProps< T > ) {
	// An action shown above the table loses its icon: DataViews then leaves it out of its
	// footer (no second, unlabelled copy) and keeps it, labelled, in each row's menu.
	const { onBar, tableActions } = useMemo(
		() => ( {
			onBar: actions.filter( ( action ) =>
				barActions.includes( action.id )
			),
			tableActions: actions.map( ( action ) =>
				barActions.includes( action.id )
					? { ...action, icon: undefined }
					: action
			),
		} ),
		[ actions, barActions ]
	);
	const [ view, setView ] = useState< View >( defaultView );
	const query = useMemo(
		() => viewToQuery( view, mapping ),
		[ view, mapping ]
	);
	const { items, total, totalPages, isLoading, error } = useCollection< T >(
		name,
		query
	);
	const { invalidateCollection } = useDispatch( store );
	const changing = refreshWhile ? refreshWhile( items ) : false;
	useEffect( () => {
		if ( ! changing ) {
			return undefined;
		}
		const timer = window.setTimeout(
			() => invalidateCollection( name ),
			REFRESH_MS
		);
		return () => window.clearTimeout( timer );
	}, [ changing, items, name, invalidateCollection ] );

	const filtered = !! view.search || ( view.filters ?? [] ).length > 0;
	if ( ! isLoading && ! error && total === 0 && ! filtered ) {
		return <>{ empty }</>;
	}

	return (
		<div className="igny8-collection-table">
			{ countLabel && (
				<BulkActionBar< T >
					actions={ onBar }
					items={ items }
					selection={ selection }
					total={ total }
					countLabel={ countLabel }
				>
					{ progress }
				</BulkActionBar>
			) }
			{ !! error && (
				<ScreenNoticeView
					notice={ {
						...errorToNotice( error ),
						nextStep:
							errorToNotice( error ).nextStep ??
							__(
								'Your search, filters and selection are kept.',
								'igny8'
							),
						actions: [
							{
								label: __( 'Retry', 'igny8' ),
								onClick: () => invalidateCollection( name ),
							},
						],
					} }
				/>
			) }
			<DataViews< Item >
				data={ items }
				fields={ fields as unknown as Field< Item >[] }
				view={ view }
				onChangeView={ ( next: View ) =>
					setView( resetPageOnChange( view, next ) )
				}
				actions={ tableActions as unknown as Action< Item >[] }
				isLoading={ isLoading }
				paginationInfo={ { totalItems: total, totalPages } }
				defaultLayouts={ { table: {} } }
				selection={ selection }
				onChangeSelection={ onChangeSelection }
				getItemId={ ( item: Item ) => String( item.id ) }
				search={ searchable }
				searchLabel={ searchLabel }
				header={ header }
			/>
		</div>
	);
}
