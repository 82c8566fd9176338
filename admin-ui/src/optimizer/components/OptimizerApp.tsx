/**
 * The Optimizer screen: scored posts (worst first) with their top issues; score, optimise and
 * review the optimised revisions of the selected posts. The posts are the store's
 * `optimizer_posts` collection in a DataViews table.
 *
 * External dependencies
 */
import type { Action, Field, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button, TabPanel } from '@wordpress/components';
import { chartBar, edit } from '@wordpress/icons';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import { formatNumber } from '../../shared/format';
import { tableView, type QueryMapping } from '../../shared/dataviews-query';
import { useJobFlow } from '../../shared/job-flow';
import { postTitleField } from '../../shared/post-title-field';
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import { scorePosts } from '../api';
import type { OptimizerState, ScoredPost } from '../types';
import { postFromSearch } from '../url';
import { RevisionsModal } from './RevisionsModal';

type Scored = 'scored' | 'unscored';

/** Each tab reads one half of the posts; only the score sorts (unscored ones by date). */
/** Scoring and optimising, as labelled buttons above the table. */
const POST_BAR = [ 'score', 'optimize' ];

/** "12 posts". */
const postsCount = ( n: number ) =>
	/* translators: %s: number of posts. */
	sprintf( _n( '%s post', '%s posts', n, 'igny8' ), formatNumber( n ) );

const MAPPINGS: Record< Scored, QueryMapping > = {
	scored: { sortable: { score: 'score' }, fixed: { scored: 'scored' } },
	unscored: { sortable: {}, fixed: { scored: 'unscored' } },
};

const DEFAULT_VIEW: View = tableView( {
	sort: { field: 'score', direction: 'asc' },
	fields: [ 'score', 'issues', 'revisions' ],
	titleField: 'title',
} );

function scoreClass( score: number ): string {
	if ( score >= 80 ) {
		return 'is-good';
	}
	return score >= 50 ? 'is-fair' : 'is-poor';
}

function postFields(
	onRevisions: ( post: ScoredPost ) => void
): Field< ScoredPost >[] {
	return [
		postTitleField< ScoredPost >( ( item ) => (
			<>
				<br />
				<small>
					{ item.status }
					{ item.keyword ? ` · ${ item.keyword }` : '' }
				</small>
			</>
		) ),
		{
			id: 'score',
			label: __( 'Score', 'igny8' ),
			render: ( { item } ) => (
				<>
					{ null === item.score ? (
						'—'
					) : (
						<span
							className={ `igny8-score ${ scoreClass(
								item.score
							) }` }
						>
							{ item.score }
						</span>
					) }
					{ item.stale && (
						<small> { __( '(outdated)', 'igny8' ) }</small>
					) }
				</>
			),
		},
		{
			id: 'issues',
			label: __( 'Top issues', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) => (
				<ul>
					{ item.issues.slice( 0, 3 ).map( ( issue ) => (
						<li key={ issue.id }>{ issue.message }</li>
					) ) }
				</ul>
			),
		},
		{
			id: 'revisions',
			label: __( 'Revisions', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) => (
				<Button
					variant="tertiary"
					size="compact"
					onClick={ () => onRevisions( item ) }
				>
					{ item.optimized
						? __( 'Optimised revision', 'igny8' )
						: __( 'Revisions', 'igny8' ) }
				</Button>
			),
		},
	];
}

function PostsView( {
	scored,
	state,
	postId = null,
}: {
	scored: Scored;
	state: OptimizerState;
	/** Only this post, selected (opened from a link such as Planner → Opportunities). */
	postId?: number | null;
} ) {
	const notices = useScreenNotices();
	const flow = useJobFlow();
	const { invalidateCollection } = useDispatch( store );
	const [ selection, setSelection ] = useState< string[] >( () =>
		postId ? [ String( postId ) ] : []
	);
	const mapping = postId
		? { sortable: {}, fixed: { post_id: postId } }
		: MAPPINGS[ scored ];
	const [ scoring, setScoring ] = useState( false );
	const [ revisionsOf, setRevisionsOf ] = useState< ScoredPost | null >(
		null
	);
	const reread = () => invalidateCollection( 'optimizer_posts' );

	const score = async ( ids: number[] ) => {
		setScoring( true );
		try {
			const results = await scorePosts( ids );
			notices.snackbar(
				sprintf(
					/* translators: %d: number of posts */
					_n(
						'Scored %d post.',
						'Scored %d posts.',
						results.length,
						'igny8'
					),
					results.length
				)
			);
			setSelection( [] );
			reread();
		} catch ( error ) {
			notices.showError( error, {
				settingsUrl: state.settingsUrl ?? undefined,
			} );
		} finally {
			setScoring( false );
		}
	};

	const actions: Action< ScoredPost >[] = [
		{
			id: 'score',
			label: __( 'Score', 'igny8' ),
			icon: chartBar,
			supportsBulk: true,
			disabled: scoring,
			callback: ( posts ) => score( posts.map( ( post ) => post.id ) ),
		},
		{
			id: 'optimize',
			label: __( 'Optimize', 'igny8' ),
			icon: edit,
			supportsBulk: true,
			disabled: flow.isBusy,
			callback: ( posts ) =>
				flow.start( {
					action: 'optimize_content',
					ids: posts.map( ( post ) => post.id ),
					onSuccess: () => setSelection( [] ),
				} ),
		},
	];

	return (
		<>
			<CollectionTable< ScoredPost >
				name="optimizer_posts"
				fields={ postFields( setRevisionsOf ) }
				actions={ actions }
				mapping={ mapping }
				defaultView={
					'scored' === scored && ! postId
						? DEFAULT_VIEW
						: { ...DEFAULT_VIEW, sort: undefined }
				}
				selection={ selection }
				onChangeSelection={ setSelection }
				searchLabel={ __( 'Search posts', 'igny8' ) }
				barActions={ POST_BAR }
				countLabel={ postsCount }
				progress={ flow.ui }
				empty={
					<p>
						{ postId &&
							__(
								'This post cannot be optimised here: it is not a post or page you may edit.',
								'igny8'
							) }
						{ ! postId && 'scored' === scored
							? __(
									'No post has a stored score yet. Open “Not scored yet”, select posts and score them.',
									'igny8'
								)
							: null }
						{ ! postId &&
							'unscored' === scored &&
							__( 'Every post has a score.', 'igny8' ) }
					</p>
				}
			/>
			{ revisionsOf && (
				<RevisionsModal
					post={ revisionsOf }
					onClose={ () => setRevisionsOf( null ) }
					onRestored={ reread }
				/>
			) }
		</>
	);
}

export function OptimizerApp( { state }: { state: OptimizerState } ) {
	const postId = postFromSearch( window.location.search );
	if ( postId ) {
		return (
			<div className="igny8-optimizer">
				<ScreenNotices />
				<p>
					<Button variant="link" href="?page=igny8-optimizer">
						{ __( 'Show all posts', 'igny8' ) }
					</Button>
				</p>
				<PostsView scored="scored" state={ state } postId={ postId } />
			</div>
		);
	}
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
						scored={ tab.name as Scored }
						state={ state }
					/>
				) }
			</TabPanel>
		</div>
	);
}
