/**
 * Published posts with their inbound and outbound internal links.
 *
 * WordPress dependencies
 */
import { Button, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { Pager } from '../../shared/Pager';
import { useScreenNotices } from '../../shared/screen-notices';
import { getPosts } from '../api';
import type { GraphPost } from '../types';

interface Props {
	orphans: boolean;
	onSuggest: ( postId: number, title: string ) => void;
}

export function PostsTable( { orphans, onSuggest }: Props ) {
	const notices = useScreenNotices();
	const [ page, setPage ] = useState( 1 );
	const [ data, setData ] = useState< {
		items: GraphPost[];
		totalPages: number;
		total: number;
	} | null >( null );

	useEffect( () => {
		// Orphans newest first (the posts just published); all posts by fewest inbound links first.
		getPosts( {
			orphans,
			page,
			orderby: orphans ? 'post_id' : 'in',
			order: orphans ? 'desc' : 'asc',
		} )
			.then( setData )
			.catch( ( error ) => notices.showError( error ) );
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ orphans, page ] );

	if ( ! data ) {
		return <Spinner />;
	}
	if ( data.items.length === 0 ) {
		return (
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
		);
	}
	return (
		<>
			<table className="widefat striped igny8-linker-posts">
				<caption className="screen-reader-text">
					{ orphans
						? __( 'Orphan posts', 'igny8' )
						: __(
								'Published posts and their internal links',
								'igny8'
							) }
				</caption>
				<thead>
					<tr>
						<th scope="col">{ __( 'Post', 'igny8' ) }</th>
						<th scope="col">{ __( 'Links in', 'igny8' ) }</th>
						<th scope="col">{ __( 'Links out', 'igny8' ) }</th>
						<th scope="col">{ __( 'Target keyword', 'igny8' ) }</th>
						<th scope="col">
							<span className="screen-reader-text">
								{ __( 'Actions', 'igny8' ) }
							</span>
						</th>
					</tr>
				</thead>
				<tbody>
					{ data.items.map( ( post ) => (
						<tr key={ post.post_id }>
							<td>
								<a href={ post.edit_url }>
									{ post.title ||
										__( '(no title)', 'igny8' ) }
								</a>
							</td>
							<td>{ post.in }</td>
							<td>{ post.out }</td>
							<td>{ post.keyword || '—' }</td>
							<td>
								<Button
									variant="secondary"
									size="compact"
									onClick={ () =>
										onSuggest( post.post_id, post.title )
									}
								>
									{ __( 'Suggest links', 'igny8' ) }
									<span className="screen-reader-text">
										{ sprintf(
											/* translators: %s: post title */
											__( 'from “%s”', 'igny8' ),
											post.title
										) }
									</span>
								</Button>
							</td>
						</tr>
					) ) }
				</tbody>
			</table>
			<Pager
				page={ page }
				totalPages={ data.totalPages }
				onChange={ setPage }
				summary={ sprintf(
					/* translators: %d: number of posts */
					_n( '(%d post)', '(%d posts)', data.total, 'igny8' ),
					data.total
				) }
			/>
		</>
	);
}
