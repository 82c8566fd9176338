/**
 * The optimised revision of a post: its change summary, a link to WordPress's compare screen, and
 * restore for any recent revision; why the last optimised version was refused, when it was.
 *
 * WordPress dependencies
 */
import { Button, Modal, Notice, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatDateTime } from '../../shared/format';
import { useScreenNotices } from '../../shared/screen-notices';
import { getRevisions, restoreRevision } from '../api';
import type { RevisionInfo, ScoredPost } from '../types';
import { SuggestedMeta } from './SuggestedMeta';

interface Props {
	post: ScoredPost;
	onClose: () => void;
	onRestored: () => void;
}

export function RevisionsModal( { post, onClose, onRestored }: Props ) {
	const notices = useScreenNotices();
	const [ info, setInfo ] = useState< RevisionInfo | null >( null );
	const [ busy, setBusy ] = useState< number | null >( null );

	useEffect( () => {
		getRevisions( post.id )
			.then( setInfo )
			.catch( ( error ) => {
				notices.showError( error );
				onClose();
			} );
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ post.id ] );

	const restore = async ( revisionId: number ) => {
		setBusy( revisionId );
		try {
			await restoreRevision( post.id, revisionId );
			notices.snackbar(
				sprintf(
					/* translators: %s: post title */
					__(
						'Restored the revision of “%s”. The version before is kept as a revision too.',
						'igny8'
					),
					post.title
				)
			);
			onRestored();
			onClose();
		} catch ( error ) {
			notices.showError( error );
		} finally {
			setBusy( null );
		}
	};

	return (
		<Modal
			title={ sprintf(
				/* translators: %s: post title */
				__( 'Revisions of “%s”', 'igny8' ),
				post.title
			) }
			onRequestClose={ onClose }
			size="medium"
		>
			{ ! info && <Spinner /> }
			{ info && (
				<>
					{ info.refused && (
						<Notice status="warning" isDismissible={ false }>
							{ info.refused }
						</Notice>
					) }
					{ info.optimized_revision_id ? (
						<>
							<h2>
								{ __(
									'What the optimisation changed',
									'igny8'
								) }
							</h2>
							{ info.changes.length > 0 ? (
								<ul className="igny8-changes">
									{ info.changes.map( ( change, i ) => (
										<li key={ i }>{ change }</li>
									) ) }
								</ul>
							) : (
								<p>
									{ __(
										'No change summary was returned.',
										'igny8'
									) }
								</p>
							) }
							<div className="igny8-toolbar">
								{ info.compare_url && (
									<Button
										variant="secondary"
										href={ info.compare_url }
									>
										{ __(
											'Compare with the current post',
											'igny8'
										) }
									</Button>
								) }
								<Button
									variant="primary"
									isBusy={
										busy === info.optimized_revision_id
									}
									disabled={ busy !== null }
									onClick={ () =>
										restore(
											info.optimized_revision_id as number
										)
									}
								>
									{ __(
										'Use the optimised version',
										'igny8'
									) }
								</Button>
							</div>
						</>
					) : (
						<p>
							{ __(
								'This post has no optimised revision yet. Select it and choose “Optimize selected”.',
								'igny8'
							) }
						</p>
					) }
					{ info.suggested_meta && (
						<SuggestedMeta
							postId={ post.id }
							suggested={ info.suggested_meta }
							current={ info.current_meta }
							seoPlugin={ info.seo_plugin }
						/>
					) }
					<h2>{ __( 'Recent revisions', 'igny8' ) }</h2>
					{ info.revisions.length === 0 ? (
						<p>{ __( 'No revisions.', 'igny8' ) }</p>
					) : (
						<ul className="igny8-revisions">
							{ info.revisions.map( ( r ) => (
								<li key={ r.id }>
									{ formatDateTime( r.date_gmt ) ||
										__( 'Date unknown', 'igny8' ) }{ ' ' }
									· { r.author }
									{ r.optimized
										? ` · ${ __( 'optimised by IGNY8', 'igny8' ) }`
										: '' }{ ' ' }
									<a href={ r.compare_url }>
										{ __( 'Compare', 'igny8' ) }
									</a>{ ' ' }
									<Button
										variant="link"
										disabled={ busy !== null }
										onClick={ () => restore( r.id ) }
									>
										{ __( 'Restore', 'igny8' ) }
									</Button>
								</li>
							) ) }
						</ul>
					) }
				</>
			) }
		</Modal>
	);
}
