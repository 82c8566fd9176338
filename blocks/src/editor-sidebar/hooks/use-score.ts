/**
 * The live optimisation score: recomputed from the editor's blocks a moment after the editor
 * stops typing (the score itself takes a few milliseconds for 5,000 words). A panel that opens
 * with its inputs in scores as it renders, so it paints with its score; one still waiting for
 * them scores when the browser is next idle; later passes wait for a pause in typing. AI actions
 * change blocks, title or meta, so they refresh it too.
 */

/**
 * WordPress dependencies
 */
import { getBlockContent, type BlockInstance } from '@wordpress/blocks';
import { useSelect } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { scorePost } from '../../score';
import type { FeaturedImage, ScoreResult } from '../../score/types';
import { firstScore } from '../lib/first-score';
import { BLOCK_EDITOR, type BlockEditorSelectors } from '../lib/stores';

/** Delay after the last edit before the score is recomputed, in ms. */
export const SCORE_DEBOUNCE_MS = 400;

/** Longest wait for an idle moment before the first pass, in ms (a loading editor is rarely idle). */
const FIRST_PASS_MAX_WAIT_MS = 100;

/** What the score is computed from besides the blocks. */
export interface ScoreInputs {
	title: string;
	slug: string;
	keyword: string;
	metaTitle: string;
	metaDescription: string;
	targetWords: number | null;
	siteHost: string;
	featuredImage: FeaturedImage | null;
}

/** Runs a task when the browser is idle (at most `timeout` ms later); returns its cancel. */
function whenIdle( task: () => void, timeout: number ): () => void {
	if ( typeof window.requestIdleCallback === 'function' ) {
		const handle = window.requestIdleCallback( task, { timeout } );
		return () => window.cancelIdleCallback( handle );
	}
	const timer = window.setTimeout( task, 0 );
	return () => window.clearTimeout( timer );
}

/**
 * The last score computed and what it was computed from: a panel that opens on the same post
 * state (the sidebar after the document panel) shows it at once instead of scoring again.
 */
let last: { blocks: unknown; key: string; result: ScoreResult } | null = null;

function keyOf( inputs: ScoreInputs ): string {
	return JSON.stringify( inputs );
}

/**
 * Each block's saved HTML by block object. The block editor replaces the object of a block that
 * changes (and of its parents) and keeps the others, so a pass after a keystroke serialises the
 * edited block only, not all of a long post's.
 */
const html = new WeakMap< BlockInstance, string >();

function htmlOf( block: BlockInstance ): string {
	let saved = html.get( block );
	if ( saved === undefined ) {
		saved = getBlockContent( block );
		html.set( block, saved );
	}
	return saved;
}

/** Scores the post now and remembers it as the last score. */
function scoreNow( inputs: ScoreInputs, blocks: BlockInstance[] ): ScoreResult {
	const result = scorePost( {
		...inputs,
		blocks: blocks.map( ( block ) => ( {
			id: block.clientId,
			name: block.name,
			html: htmlOf( block ),
		} ) ),
	} );
	last = { blocks, key: keyOf( inputs ), result };
	return result;
}

/** The score of the edited post, or null before the first pass (and while not `ready`). */
export function useScore(
	inputs: ScoreInputs,
	ready = true
): ScoreResult | null {
	const blocks = useSelect(
		( select ) =>
			(
				select( BLOCK_EDITOR ) as unknown as BlockEditorSelectors
			 ).getBlocks(),
		[]
	);
	const [ result, setResult ] = useState< ScoreResult | null >( () => {
		if ( last && last.blocks === blocks && last.key === keyOf( inputs ) ) {
			return last.result;
		}
		return ready ? scoreNow( inputs, blocks ) : null;
	} );
	const {
		title,
		slug,
		keyword,
		metaTitle,
		metaDescription,
		targetWords,
		siteHost,
		featuredImage,
	} = inputs;
	const featuredAlt = featuredImage === null ? null : featuredImage.alt;
	// The first pass waits only for an idle moment, at most FIRST_PASS_MAX_WAIT_MS (the panel the
	// editor just opened shows its score promptly); later ones wait for a pause in typing.
	const isFirst = result === null;
	// Passive effects run after the paint: the score is on screen, the held-back requests may go.
	useEffect( () => {
		if ( result !== null ) {
			firstScore.shown();
		}
	}, [ result ] );
	useEffect( () => {
		if ( ! ready ) {
			return;
		}
		const key = keyOf( inputs );
		if ( last && last.blocks === blocks && last.key === key ) {
			setResult( last.result );
			return;
		}
		const run = () => setResult( scoreNow( inputs, blocks ) );
		if ( isFirst ) {
			return whenIdle( run, FIRST_PASS_MAX_WAIT_MS );
		}
		const timer = window.setTimeout( run, SCORE_DEBOUNCE_MS );
		return () => window.clearTimeout( timer );
		// eslint-disable-next-line react-hooks/exhaustive-deps -- isFirst only picks the delay.
	}, [
		blocks,
		title,
		slug,
		keyword,
		metaTitle,
		metaDescription,
		targetWords,
		siteHost,
		featuredAlt,
		ready,
	] );
	return result;
}
