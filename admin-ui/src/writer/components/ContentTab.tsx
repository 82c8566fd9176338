/**
 * External dependencies
 */
import {
	DataViews,
	type Action,
	type Field,
	type View,
} from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { BulkActionBar } from '../../shared/BulkActionBar';
import { resetPageOnChange, viewToQuery } from '../../shared/dataviews-query';
import { useJobFlow } from '../../shared/job-flow';
import { errorToNotice } from '../../shared/errors';
import { formatDateTime, formatNumber } from '../../shared/format';
import { ScreenNoticeView } from '../../shared/screen-notices';
import { useCollection } from '../../shared/use-collection';
import { contentMapping } from '../query';
import type { ContentItem } from '../types';
import { postStatusLabel } from '../task-status';

const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	search: '',
	filters: [],
	sort: { field: 'modified', direction: 'desc' },
	fields: [ 'links', 'excerpt', 'meta_description', 'modified' ],
	titleField: 'title',
};

/** Drafts shows each post's status: draft, pending review, scheduled or private. */
const DRAFTS_VIEW: View = {
	...DEFAULT_VIEW,
	fields: [ 'post_status', ...( DEFAULT_VIEW.fields ?? [] ) ],
};

/** Long text in a table cell: two lines at most, the whole of it on hover. */
function ClippedText( { text }: { text: string } ) {
	return (
		<span className="igny8-clip" title={ text }>
			{ text }
		</span>
	);
}

const FIELDS: Field< ContentItem >[] = [
	{
		id: 'title',
		label: __( 'Title', 'igny8' ),
		enableHiding: false,
		render: ( { item } ) => (
			<>{ item.title || __( '(no title)', 'igny8' ) }</>
		),
	},
	{
		id: 'post_status',
		label: __( 'Status', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => (
			<span className={ `igny8-status igny8-status--${ item.status }` }>
				{ postStatusLabel( item.status ) }
			</span>
		),
	},
	{
		id: 'links',
		label: __( 'Open', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => (
			<span className="igny8-row-links">
				{ item.edit_url && (
					<a
						href={ item.edit_url }
						aria-label={ sprintf(
							/* translators: %s: post title. */
							__( 'Edit “%s” in the block editor', 'igny8' ),
							item.title
						) }
					>
						{ __( 'Edit', 'igny8' ) }
					</a>
				) }
				{ item.url && (
					<a
						href={ item.url }
						aria-label={ sprintf(
							/* translators: %s: post title. */
							__( 'View “%s” on the site', 'igny8' ),
							item.title
						) }
					>
						{ item.status === 'publish'
							? __( 'View', 'igny8' )
							: __( 'Preview', 'igny8' ) }
					</a>
				) }
			</span>
		),
	},
	{
		id: 'excerpt',
		label: __( 'Excerpt', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => <ClippedText text={ item.excerpt } />,
	},
	{
		id: 'meta_description',
		label: __( 'Meta description', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => <ClippedText text={ item.meta_description } />,
	},
	{
		id: 'modified',
		label: __( 'Last modified', 'igny8' ),
		render: ( { item } ) => <>{ formatDateTime( item.modified ) }</>,
	},
];

/** "12 posts". */
const postsCount = ( n: number ) =>
	/* translators: %s: number of posts. */
	sprintf( _n( '%s post', '%s posts', n, 'igny8' ), formatNumber( n ) );

/**
 * Posts IGNY8 manages not published yet (drafts, pending, scheduled, private: each with its
 * status) or published; each row opens the block editor
 * and the front end, and excerpts can be written for a selection (priced and
 * confirmed first, like every paid action).
 */
export function ContentTab( {
	status,
	settingsUrl,
}: {
	status: 'draft' | 'publish';
	settingsUrl?: string;
} ) {
	const [ view, setView ] = useState< View >(
		status === 'draft' ? DRAFTS_VIEW : DEFAULT_VIEW
	);
	const { items, total, totalPages, isLoading, error } =
		useCollection< ContentItem >(
			'content',
			viewToQuery( view, contentMapping( status ) )
		);
	const [ selection, setSelection ] = useState< string[] >( [] );
	const flow = useJobFlow();
	const actions: Action< ContentItem >[] = [
		{
			id: 'generate-excerpt',
			label: __( 'Write excerpt', 'igny8' ),
			supportsBulk: true,
			disabled: flow.isBusy,
			callback: ( posts ) =>
				flow.start( {
					action: 'generate_excerpt',
					ids: posts.map( ( post ) => post.id ),
					onSuccess: () => setSelection( [] ),
				} ),
		},
	];
	const isEmpty = ! isLoading && ! error && total === 0 && ! view.search;

	return (
		<div className="igny8-table-card">
			<h2 className="igny8-card-title">
				{ status === 'draft'
					? __( 'Drafts', 'igny8' )
					: __( 'Published', 'igny8' ) }
			</h2>
			{ !! error && (
				<ScreenNoticeView
					notice={ {
						...errorToNotice( error, { settingsUrl } ),
						status: 'warning',
					} }
				/>
			) }
			{ isEmpty ? (
				<p className="igny8-help igny8-empty">
					{ status === 'draft'
						? __(
								'No drafts yet. Select tasks on the Tasks tab and choose Generate content.',
								'igny8'
							)
						: __(
								'Nothing published yet. Open a draft, review it in the block editor and publish it.',
								'igny8'
							) }
				</p>
			) : (
				<>
					<BulkActionBar< ContentItem >
						actions={ actions }
						items={ items }
						selection={ selection }
						total={ total }
						countLabel={ postsCount }
					>
						{ flow.ui }
					</BulkActionBar>
					<DataViews< ContentItem >
						data={ items }
						fields={ FIELDS }
						view={ view }
						onChangeView={ ( next ) =>
							setView( resetPageOnChange( view, next ) )
						}
						actions={ actions }
						selection={ selection }
						onChangeSelection={ setSelection }
						isLoading={ isLoading }
						paginationInfo={ { totalItems: total, totalPages } }
						defaultLayouts={ { table: {} } }
						getItemId={ ( item ) => String( item.id ) }
						searchLabel={
							status === 'draft'
								? __( 'Search drafts', 'igny8' )
								: __( 'Search published posts', 'igny8' )
						}
					/>
				</>
			) }
		</div>
	);
}
