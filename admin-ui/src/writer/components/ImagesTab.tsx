/**
 * External dependencies
 */
import { DataViews, type Field, type View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { resetPageOnChange, viewToQuery } from '../../shared/dataviews-query';
import { errorToNotice } from '../../shared/errors';
import { ScreenNoticeView } from '../../shared/screen-notices';
import { useCollection } from '../../shared/use-collection';
import { editPostUrl, IMAGES_MAPPING } from '../query';
import type { ImageItem } from '../types';

const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	filters: [],
	sort: { field: 'date', direction: 'desc' },
	fields: [ 'thumbnail', 'alt', 'featured', 'post' ],
};

const FIELDS: Field< ImageItem >[] = [
	{
		id: 'thumbnail',
		label: __( 'Image', 'igny8' ),
		enableSorting: false,
		enableHiding: false,
		render: ( { item } ) => (
			<img
				className="igny8-thumb"
				src={ item.url }
				alt={ item.alt }
				width={ 64 }
				height={ 64 }
				loading="lazy"
			/>
		),
	},
	{
		id: 'alt',
		label: __( 'Alt text', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) =>
			item.alt ? (
				<>{ item.alt }</>
			) : (
				<em>
					{ __(
						'Missing: add alt text in the media library',
						'igny8'
					) }
				</em>
			),
	},
	{
		id: 'featured',
		label: __( 'Featured', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => (
			<>
				{ item.is_featured
					? __( 'Featured image', 'igny8' )
					: __( 'In the content', 'igny8' ) }
			</>
		),
	},
	{
		id: 'post',
		label: __( 'Post', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) =>
			item.post_id ? (
				<a href={ editPostUrl( item.post_id ) }>
					{ __( 'Open post', 'igny8' ) }
				</a>
			) : (
				<>—</>
			),
	},
	{
		id: 'date',
		label: __( 'Date', 'igny8' ),
		enableHiding: false,
		getValue: ( { item } ) => item.id,
	},
];

/**
 * Images IGNY8 generated into the media library, with their alt text.
 */
export function ImagesTab( { settingsUrl }: { settingsUrl?: string } ) {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const { items, total, totalPages, isLoading, error } =
		useCollection< ImageItem >(
			'images',
			viewToQuery( view, IMAGES_MAPPING )
		);
	const isEmpty = ! isLoading && ! error && total === 0;

	return (
		<div className="igny8-table-card">
			<h2 className="igny8-card-title">{ __( 'Images', 'igny8' ) }</h2>
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
					{ __(
						'No images yet. Select written tasks on the Tasks tab and choose Generate images.',
						'igny8'
					) }
				</p>
			) : (
				<DataViews< ImageItem >
					data={ items }
					fields={ FIELDS }
					view={ view }
					onChangeView={ ( next ) =>
						setView( resetPageOnChange( view, next ) )
					}
					search={ false }
					isLoading={ isLoading }
					paginationInfo={ { totalItems: total, totalPages } }
					defaultLayouts={ { table: {} } }
					getItemId={ ( item ) => String( item.id ) }
				/>
			) }
		</div>
	);
}
