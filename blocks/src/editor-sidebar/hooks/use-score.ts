/**
 * The live optimisation score: recomputed from the editor's blocks a moment after the editor
 * stops typing (the score itself takes a millisecond or two for 5,000 words).
 */

/**
 * WordPress dependencies
 */
import { getBlockContent } from '@wordpress/blocks';
import { useSelect } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { scorePost } from '../../score';
import type { ScoreResult } from '../../score/types';
import { BLOCK_EDITOR, type BlockEditorSelectors } from '../lib/stores';

/** Delay after the last edit before the score is recomputed, in ms. */
export const SCORE_DEBOUNCE_MS = 400;

interface Inputs {
	title: string;
	slug: string;
	keyword: string;
	metaTitle: string;
	metaDescription: string;
	targetWords: number | null;
	siteHost: string;
}

/** The score of the edited post, or null before the first pass. */
export function useScore( inputs: Inputs ): ScoreResult | null {
	const blocks = useSelect(
		( select ) =>
			(
				select( BLOCK_EDITOR ) as unknown as BlockEditorSelectors
			 ).getBlocks(),
		[]
	);
	const [ result, setResult ] = useState< ScoreResult | null >( null );
	const {
		title,
		slug,
		keyword,
		metaTitle,
		metaDescription,
		targetWords,
		siteHost,
	} = inputs;
	// The first pass runs at once (the panel opens with a score); later ones wait for a pause.
	const isFirst = result === null;
	useEffect( () => {
		const timer = window.setTimeout(
			() => {
				setResult(
					scorePost( {
						title,
						slug,
						keyword,
						metaTitle,
						metaDescription,
						targetWords,
						siteHost,
						blocks: blocks.map( ( block ) => ( {
							id: block.clientId,
							name: block.name,
							html: getBlockContent( block ),
						} ) ),
					} )
				);
			},
			isFirst ? 0 : SCORE_DEBOUNCE_MS
		);
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
	] );
	return result;
}
