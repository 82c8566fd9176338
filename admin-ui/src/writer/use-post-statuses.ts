/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { useEffect, useState } from '@wordpress/element';
import { addQueryArgs } from '@wordpress/url';

/** The post type of a task's draft, and its id. */
interface PostRef {
	id: number;
	type: string;
}

/**
 * The current status (draft, publish, …) of the posts the tasks on screen
 * wrote, read from core's REST API (a task keeps only the post's id). One
 * request per post type; a failure leaves the statuses unknown.
 */
export function usePostStatuses( refs: PostRef[] ): Record< number, string > {
	const [ statuses, setStatuses ] = useState< Record< number, string > >(
		{}
	);
	const key = refs
		.map( ( ref ) => `${ ref.type }:${ ref.id }` )
		.sort()
		.join( ',' );

	useEffect( () => {
		if ( key === '' ) {
			return;
		}
		let current = true;
		const byType = new Map< string, number[] >();
		for ( const part of key.split( ',' ) ) {
			const [ type, id ] = part.split( ':' );
			const route = type === 'page' ? 'pages' : 'posts';
			byType.set( route, [
				...( byType.get( route ) ?? [] ),
				Number( id ),
			] );
		}
		Promise.all(
			[ ...byType ].map( ( [ route, ids ] ) =>
				apiFetch< Array< { id: number; status: string } > >( {
					path: addQueryArgs( `/wp/v2/${ route }`, {
						include: ids.join( ',' ),
						status: 'draft,pending,future,private,publish',
						per_page: 100,
						context: 'edit',
						_fields: 'id,status',
					} ),
				} ).catch( () => [] )
			)
		).then( ( lists ) => {
			if ( current ) {
				setStatuses(
					Object.fromEntries(
						lists.flat().map( ( post ) => [ post.id, post.status ] )
					)
				);
			}
		} );
		return () => {
			current = false;
		};
	}, [ key ] );

	return statuses;
}
