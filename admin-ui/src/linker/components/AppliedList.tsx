/**
 * Links the Linker added, newest first, each with its one-click revert.
 *
 * WordPress dependencies
 */
import { Button, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useScreenNotices } from '../../shared/screen-notices';
import { getApplied, revert } from '../api';
import type { Applied } from '../types';

export function AppliedList( { onChange }: { onChange: () => void } ) {
	const notices = useScreenNotices();
	const [ items, setItems ] = useState< Applied[] | null >( null );
	const [ busy, setBusy ] = useState< number | null >( null );

	useEffect( () => {
		getApplied()
			.then( setItems )
			.catch( ( error ) => notices.showError( error ) );
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [] );

	if ( ! items ) {
		return <Spinner />;
	}
	if ( items.length === 0 ) {
		return (
			<p>{ __( 'No links were added by the Linker yet.', 'igny8' ) }</p>
		);
	}
	return (
		<table className="widefat striped igny8-linker-applied">
			<caption className="screen-reader-text">
				{ __( 'Applied links', 'igny8' ) }
			</caption>
			<thead>
				<tr>
					<th scope="col">{ __( 'Post', 'igny8' ) }</th>
					<th scope="col">{ __( 'Links added', 'igny8' ) }</th>
					<th scope="col">{ __( 'When (UTC)', 'igny8' ) }</th>
					<th scope="col">
						<span className="screen-reader-text">
							{ __( 'Actions', 'igny8' ) }
						</span>
					</th>
				</tr>
			</thead>
			<tbody>
				{ items.map( ( item ) => (
					<tr key={ item.post_id }>
						<td>
							<a href={ item.edit_url }>{ item.title }</a>
						</td>
						<td>
							{ item.links
								.map( ( l ) => `“${ l.anchor }”` )
								.join( ', ' ) }
						</td>
						<td>{ item.applied_at }</td>
						<td>
							<Button
								variant="secondary"
								size="compact"
								isBusy={ busy === item.post_id }
								disabled={ ! item.can_revert || busy !== null }
								label={
									item.can_revert
										? undefined
										: __(
												'The post was edited since; compare its revisions instead.',
												'igny8'
											)
								}
								showTooltip={ ! item.can_revert }
								onClick={ async () => {
									setBusy( item.post_id );
									try {
										await revert( item.post_id );
										notices.snackbar(
											sprintf(
												/* translators: %s: post title */
												__( 'Reverted “%s”.', 'igny8' ),
												item.title
											)
										);
										setItems(
											items.filter(
												( i ) =>
													i.post_id !== item.post_id
											)
										);
										onChange();
									} catch ( error ) {
										notices.showError( error );
									} finally {
										setBusy( null );
									}
								} }
							>
								{ __( 'Revert', 'igny8' ) }
							</Button>
						</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
