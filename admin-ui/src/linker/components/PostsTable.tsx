/**
 * Published posts with their inbound and outbound internal links: the store's `linker_posts`
 * collection in a DataViews table.
 *
 * External dependencies
 */
import type { Field, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import { tableView, type QueryMapping } from '../../shared/dataviews-query';
import { postTitleField } from '../../shared/post-title-field';
import type { GraphPost } from '../types';

interface Props {
	orphans: boolean;
	onSuggest: ( postId: number, title: string ) => void;
}

const SORTABLE = { post_id: 'post_id', in: 'in', out: 'out' };
const MAPPINGS: Record< 'orphans' | 'all', QueryMapping > = {
	orphans: { sortable: SORTABLE, fixed: { orphans: true } },
	all: { sortable: SORTABLE, fixed: { orphans: false } },
};

/** Orphans newest first (the posts just published); all posts by fewest inbound links first. */
function defaultView( orphans: boolean ): View {
	return tableView( {
		sort: orphans
			? { field: 'post_id', direction: 'desc' }
			: { field: 'in', direction: 'asc' },
		fields: [ 'in', 'out', 'keyword', 'suggest' ],
		titleField: 'title',
	} );
}

function postFields( onSuggest: Props[ 'onSuggest' ] ): Field< GraphPost >[] {
	return [
		postTitleField< GraphPost >(),
		{ id: 'in', label: __( 'Links in', 'igny8' ), type: 'integer' },
		{ id: 'out', label: __( 'Links out', 'igny8' ), type: 'integer' },
		{
			id: 'keyword',
			label: __( 'Target keyword', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) => <>{ item.keyword || '—' }</>,
		},
		{
			id: 'suggest',
			label: __( 'Links', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) => (
				<Button
					variant="secondary"
					size="compact"
					onClick={ () => onSuggest( item.post_id, item.title ) }
				>
					{ __( 'Suggest links', 'igny8' ) }
					<span className="screen-reader-text">
						{ sprintf(
							/* translators: %s: post title */
							__( 'from “%s”', 'igny8' ),
							item.title
						) }
					</span>
				</Button>
			),
		},
	];
}

export function PostsTable( { orphans, onSuggest }: Props ) {
	const [ selection, setSelection ] = useState< string[] >( [] );
	return (
		<CollectionTable< GraphPost >
			name="linker_posts"
			fields={ postFields( onSuggest ) }
			mapping={ MAPPINGS[ orphans ? 'orphans' : 'all' ] }
			defaultView={ defaultView( orphans ) }
			selection={ selection }
			onChangeSelection={ setSelection }
			searchable={ false }
			empty={
				<p>
					{ orphans
						? __(
								'No orphan posts: every published post has a link from another one.',
								'igny8'
							)
						: __(
								'No published posts in the link graph yet. Rebuild the link graph to read them.',
								'igny8'
							) }
				</p>
			}
		/>
	);
}
