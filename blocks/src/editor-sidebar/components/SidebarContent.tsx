/**
 * WordPress dependencies
 */
import { useCallback, useEffect, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { useScoreInputs } from '../hooks/use-live-score';
import { META } from '../hooks/use-post';
import type { CloudProvenance } from '../lib/types';
import { ContextPanel } from './ContextPanel';
import { GeneratePanel } from './GeneratePanel';
import { HistoryPanel } from './HistoryPanel';
import { LinksPanel } from './LinksPanel';
import { MetaPanel } from './MetaPanel';
import { PendingChangesPanel } from './PendingChangesPanel';
import { RewritePanel } from './RewritePanel';
import { LiveScorePanel } from './ScorePanel';

/**
 * False on the sidebar's first pass, true once that pass has been painted: the score panel is
 * what an author opening IGNY8 looks for, so it paints alone and the panels below it follow a
 * frame later (a requestAnimationFrame callback runs before the next paint; the timeout after it
 * runs after that paint).
 */
function useAfterFirstPaint(): boolean {
	const [ painted, setPainted ] = useState( false );
	useEffect( () => {
		let timer = 0;
		const frame = window.requestAnimationFrame( () => {
			timer = window.setTimeout( () => setPainted( true ), 0 );
		} );
		return () => {
			window.cancelAnimationFrame( frame );
			window.clearTimeout( timer );
		};
	}, [] );
	return painted;
}

/** Score, context, AI actions and their history (loaded when the sidebar first opens). */
export default function SidebarContent() {
	const { post, context, error, setCredits, keyword, inputs, ready } =
		useScoreInputs();
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
	const rest = useAfterFirstPaint();

	if ( ! rest ) {
		return <LiveScorePanel inputs={ inputs } ready={ ready } />;
	}
	return (
		<>
			<PendingChangesPanel
				postId={ post.postId }
				version={ pendingVersion }
				onApplied={ bump }
			/>
			<LiveScorePanel inputs={ inputs } ready={ ready } />
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
