/**
 * The Optimizer screen: scored posts (worst first) with their top issues; score, optimise and
 * review the optimised revisions of the selected posts.
 *
 * WordPress dependencies
 */
import { Button, Spinner, TabPanel } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useJobFlow } from '../../shared/job-flow';
import { Pager } from '../../shared/Pager';
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import { getPosts, scorePosts } from '../api';
import type { OptimizerState, ScoredPost } from '../types';
import { RevisionsModal } from './RevisionsModal';

function scoreClass( score: number ): string {
	if ( score >= 80 ) {
		return 'is-good';
	}
	return score >= 50 ? 'is-fair' : 'is-poor';
}

function PostsView( {
	scored,
	state,
}: {
	scored: 'scored' | 'unscored';
	state: OptimizerState;
} ) {
	const notices = useScreenNotices();
	const flow = useJobFlow();
	const [ page, setPage ] = useState( 1 );
	const [ version, setVersion ] = useState( 0 );
	const [ data, setData ] = useState< {
		items: ScoredPost[];
		total: number;
		totalPages: number;
	} | null >( null );
	const [ selected, setSelected ] = useState< number[] >( [] );
	const [ scoring, setScoring ] = useState( false );
	const [ revisionsOf, setRevisionsOf ] = useState< ScoredPost | null >(
		null
	);

	useEffect( () => {
		getPosts( { scored, page } )
			.then( setData )
			.catch( ( error ) =>
				notices.showError( error, {
					settingsUrl: state.settingsUrl ?? undefined,
				} )
			);
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ scored, page, version ] );

	const score = async () => {
		setScoring( true );
		try {
			const results = await scorePosts( selected );
			notices.snackbar(
				sprintf(
					/* translators: %d: number of posts */
					__( 'Scored %d posts.', 'igny8' ),
					results.length
				)
			);
			setSelected( [] );
			setVersion( version + 1 );
		} catch ( error ) {
			notices.showError( error, {
				settingsUrl: state.settingsUrl ?? undefined,
			} );
		} finally {
			setScoring( false );
		}
	};

	if ( ! data ) {
		return <Spinner />;
	}
	const toggle = ( id: number, on: boolean ) =>
		setSelected(
			on ? [ ...selected, id ] : selected.filter( ( s ) => s !== id )
		);
	return (
		<>
			{ flow.ui }
			<div className="igny8-toolbar">
				<Button
					variant="secondary"
					onClick={ score }
					isBusy={ scoring }
					disabled={ scoring || selected.length === 0 }
				>
					{ __( 'Score selected', 'igny8' ) }
				</Button>
				<Button
					variant="primary"
					disabled={ flow.isBusy || selected.length === 0 }
					onClick={ () =>
						flow.start( {
							action: 'optimize_content',
							ids: selected,
							onSuccess: () => {
								setSelected( [] );
								setVersion( version + 1 );
							},
						} )
					}
				>
					{ __( 'Optimize selected', 'igny8' ) }
				</Button>
				<span>
					{ sprintf(
						/* translators: %d: number of selected posts */
						__( '%d selected', 'igny8' ),
						selected.length
					) }
				</span>
			</div>
			{ data.items.length === 0 ? (
				<p>
					{ 'scored' === scored
						? __(
								'No post has a stored score yet. Open “Not scored yet”, select posts and score them.',
								'igny8'
							)
						: __( 'Every post has a score.', 'igny8' ) }
				</p>
			) : (
				<table className="widefat striped igny8-optimizer-posts">
					<caption className="screen-reader-text">
						{ __( 'Posts by optimisation score', 'igny8' ) }
					</caption>
					<thead>
						<tr>
							<td className="check-column">
								<input
									type="checkbox"
									aria-label={ __( 'Select all', 'igny8' ) }
									checked={
										data.items.length > 0 &&
										data.items.every( ( p ) =>
											selected.includes( p.id )
										)
									}
									onChange={ ( event ) =>
										setSelected(
											event.target.checked
												? data.items.map(
														( p ) => p.id
													)
												: []
										)
									}
								/>
							</td>
							<th scope="col">{ __( 'Post', 'igny8' ) }</th>
							<th scope="col">{ __( 'Score', 'igny8' ) }</th>
							<th scope="col">{ __( 'Top issues', 'igny8' ) }</th>
							<th scope="col">
								<span className="screen-reader-text">
									{ __( 'Actions', 'igny8' ) }
								</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{ data.items.map( ( post ) => (
							<tr key={ post.id }>
								<th scope="row" className="check-column">
									<input
										type="checkbox"
										aria-label={ sprintf(
											/* translators: %s: post title */
											__( 'Select “%s”', 'igny8' ),
											post.title
										) }
										checked={ selected.includes( post.id ) }
										onChange={ ( event ) =>
											toggle(
												post.id,
												event.target.checked
											)
										}
									/>
								</th>
								<td>
									<a href={ post.edit_url }>
										{ post.title ||
											__( '(no title)', 'igny8' ) }
									</a>
									<br />
									<small>
										{ post.status }
										{ post.keyword
											? ` · ${ post.keyword }`
											: '' }
									</small>
								</td>
								<td>
									{ null === post.score ? (
										'—'
									) : (
										<span
											className={ `igny8-score ${ scoreClass( post.score ) }` }
										>
											{ post.score }
										</span>
									) }
									{ post.stale && (
										<small>
											{ ' ' }
											{ __( '(outdated)', 'igny8' ) }
										</small>
									) }
								</td>
								<td>
									<ul>
										{ post.issues
											.slice( 0, 3 )
											.map( ( issue ) => (
												<li key={ issue.id }>
													{ issue.message }
												</li>
											) ) }
									</ul>
								</td>
								<td>
									<Button
										variant="tertiary"
										size="compact"
										onClick={ () => setRevisionsOf( post ) }
									>
										{ post.optimized
											? __(
													'Optimised revision',
													'igny8'
												)
											: __( 'Revisions', 'igny8' ) }
									</Button>
								</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
			<Pager
				page={ page }
				totalPages={ data.totalPages }
				onChange={ setPage }
			/>
			{ revisionsOf && (
				<RevisionsModal
					post={ revisionsOf }
					onClose={ () => setRevisionsOf( null ) }
					onRestored={ () => setVersion( version + 1 ) }
				/>
			) }
		</>
	);
}

export function OptimizerApp( { state }: { state: OptimizerState } ) {
	return (
		<div className="igny8-optimizer">
			<ScreenNotices />
			<TabPanel
				tabs={ [
					{ name: 'scored', title: __( 'By score', 'igny8' ) },
					{
						name: 'unscored',
						title: __( 'Not scored yet', 'igny8' ),
					},
				] }
			>
				{ ( tab ) => (
					<PostsView
						key={ tab.name }
						scored={ tab.name as 'scored' | 'unscored' }
						state={ state }
					/>
				) }
			</TabPanel>
		</div>
	);
}
