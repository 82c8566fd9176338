/**
 * WordPress dependencies
 */
import { useSelect } from '@wordpress/data';
import { PluginSidebar, PluginSidebarMoreMenuItem } from '@wordpress/editor';
import { useCallback, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { usePostContext } from '../hooks/use-context';
import { META, useEditedPost } from '../hooks/use-post';
import { useScore } from '../hooks/use-score';
import { targetWordsOf } from '../lib/target-words';
import type { CloudProvenance } from '../lib/types';
import { ContextPanel } from './ContextPanel';
import { GeneratePanel } from './GeneratePanel';
import { HistoryPanel } from './HistoryPanel';
import { LinksPanel } from './LinksPanel';
import { MetaPanel } from './MetaPanel';
import { PendingChangesPanel } from './PendingChangesPanel';
import { RewritePanel } from './RewritePanel';
import { ScorePanel } from './ScorePanel';

/** Name shared by the sidebar and its "more" menu item. */
export const SIDEBAR_NAME = 'igny8-sidebar';

/** The score inputs from the edited post and its context (shared with the document panel). */
export function useLiveScore() {
	const post = useEditedPost();
	const { context, error, setCredits } = usePostContext( post.postId );
	const keyword = post.targetKeyword || context?.target_keyword || '';
	// The featured image counts as one of the post's images, as in the stored score (Scorer).
	const featuredAlt = useSelect(
		( select ) => {
			if ( ! post.featuredMedia ) {
				return null;
			}
			const media = (
				select( 'core' ) as unknown as {
					getMedia: (
						id: number,
						query?: Record< string, string >
					) => { alt_text?: string } | undefined | null;
				}
			 ).getMedia( post.featuredMedia, { context: 'view' } );
			return media ? ( media.alt_text ?? '' ) : '';
		},
		[ post.featuredMedia ]
	);
	const result = useScore( {
		title: post.title,
		slug: post.slug,
		keyword,
		metaTitle: post.metaTitle,
		metaDescription: post.metaDescription,
		targetWords: targetWordsOf( post.targetWords, context?.target_words ),
		siteHost: context?.site_host ?? window.location.hostname,
		featuredImage: featuredAlt === null ? null : { alt: featuredAlt },
	} );
	return { post, context, error, setCredits, keyword, result };
}

/** The IGNY8 sidebar; its content (and the score) exists only while the sidebar is open. */
export function Igny8Sidebar() {
	const title = __( 'IGNY8', 'igny8' );
	return (
		<>
			<PluginSidebarMoreMenuItem
				target={ SIDEBAR_NAME }
				icon="welcome-write-blog"
			>
				{ title }
			</PluginSidebarMoreMenuItem>
			<PluginSidebar
				name={ SIDEBAR_NAME }
				title={ title }
				icon="welcome-write-blog"
			>
				<SidebarContent />
			</PluginSidebar>
		</>
	);
}

/** Score, context, AI actions and their history. */
function SidebarContent() {
	const { post, context, error, setCredits, keyword, result } =
		useLiveScore();
	const [ historyVersion, setHistoryVersion ] = useState( 0 );
	const bump = useCallback( () => setHistoryVersion( ( n ) => n + 1 ), [] );
	const [ pendingVersion, setPendingVersion ] = useState( 0 );
	const bumpPending = useCallback(
		() => setPendingVersion( ( n ) => n + 1 ),
		[]
	);
	const onCharged = useCallback(
		( provenance: CloudProvenance ) => {
			setCredits( provenance.balance );
			// The entry is recorded right after; refresh once it is there.
			window.setTimeout( bump, 500 );
		},
		[ setCredits, bump ]
	);
	const language = context?.language ?? 'en';

	return (
		<>
			<PendingChangesPanel
				postId={ post.postId }
				version={ pendingVersion }
				onApplied={ bump }
			/>
			<ScorePanel result={ result } />
			<ContextPanel
				context={ context }
				error={ error }
				keyword={ post.targetKeyword }
				onKeyword={ ( value ) =>
					post.setMeta( { [ META.targetKeyword ]: value } )
				}
				targetWords={ post.targetWords }
				onTargetWords={ ( value ) =>
					post.setMeta( { [ META.targetWords ]: value } )
				}
			/>
			<RewritePanel
				postId={ post.postId }
				language={ language }
				onCharged={ onCharged }
			/>
			<MetaPanel
				postId={ post.postId }
				title={ post.title }
				keyword={ keyword }
				language={ language }
				metaTitle={ post.metaTitle }
				metaDescription={ post.metaDescription }
				setMeta={ post.setMeta }
				onCharged={ onCharged }
			/>
			<GeneratePanel
				postId={ post.postId }
				title={ post.title }
				keyword={ keyword }
				language={ language }
				onCharged={ onCharged }
				onHistoryChanged={ bump }
				onPendingChanged={ bumpPending }
			/>
			<LinksPanel postId={ post.postId } onHistoryChanged={ bump } />
			<HistoryPanel postId={ post.postId } version={ historyVersion } />
		</>
	);
}
