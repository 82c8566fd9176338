/**
 * The live score of the edited post with the inputs the stored score uses (Optimizer\Scorer):
 * shared by the sidebar, the document panel and the pre-publish check, each loaded on demand.
 */

/**
 * WordPress dependencies
 */
import { useSelect } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { targetWordsOf } from '../lib/target-words';
import { usePostContext } from './use-context';
import { useEditedPost } from './use-post';
import { useScore, type ScoreInputs } from './use-score';

/**
 * The score inputs from the edited post and its context, and whether they are all in. The
 * sidebar computes the score in its score panel from these, so a new score re-renders that
 * panel only, not every panel beside it.
 */
export function useScoreInputs() {
	const post = useEditedPost();
	const { context, error, setCredits } = usePostContext( post.postId );
	const keyword = post.targetKeyword || context?.target_keyword || '';
	// The featured image counts as one of the post's images, as in the stored score (Scorer):
	// undefined while its record loads, null when the post has none (or it is gone).
	const featuredAlt = useSelect(
		( select ) => {
			if ( ! post.featuredMedia ) {
				return null;
			}
			const core = select( 'core' ) as unknown as {
				getMedia: (
					id: number,
					query?: Record< string, string >
				) => { alt_text?: string } | undefined | null;
				hasFinishedResolution: (
					selector: string,
					args: unknown[]
				) => boolean;
			};
			const query = { context: 'view' };
			const media = core.getMedia( post.featuredMedia, query );
			if ( media ) {
				return media.alt_text ?? '';
			}
			return core.hasFinishedResolution( 'getMedia', [
				post.featuredMedia,
				query,
			] )
				? null
				: undefined;
		},
		[ post.featuredMedia ]
	);
	// A score from half the inputs (no keyword, the default length) would show a number the
	// stored score never gives: the first pass waits for the post's context and its image.
	const ready =
		( context !== null || error !== null ) && featuredAlt !== undefined;
	const inputs: ScoreInputs = {
		title: post.title,
		slug: post.slug,
		keyword,
		metaTitle: post.metaTitle,
		metaDescription: post.metaDescription,
		targetWords: targetWordsOf( post.targetWords, context?.target_words ),
		siteHost: context?.site_host ?? window.location.hostname,
		featuredImage:
			featuredAlt === null || featuredAlt === undefined
				? null
				: { alt: featuredAlt },
	};
	return { post, context, error, setCredits, keyword, inputs, ready };
}

/** The score with its inputs (the document panel and the pre-publish check). */
export function useLiveScore() {
	const { inputs, ready, ...rest } = useScoreInputs();
	return { ...rest, result: useScore( inputs, ready ) };
}
