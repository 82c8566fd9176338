/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Item } from './store/types';

type PostRow = Item & { title: string; edit_url: string };

/**
 * The "Post" column of a table of posts: the title linking to the editor, and
 * `below` (status, keyword…) under it. Neither sortable nor hideable.
 */
export function postTitleField< T extends PostRow >(
	below?: ( item: T ) => ReactNode
): Field< T > {
	return {
		id: 'title',
		label: __( 'Post', 'igny8' ),
		enableHiding: false,
		enableSorting: false,
		render: ( { item } ) => (
			<>
				<a href={ item.edit_url }>
					{ item.title || __( '(no title)', 'igny8' ) }
				</a>
				{ below?.( item ) }
			</>
		),
	};
}
