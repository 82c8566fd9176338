/**
 * The post's one target length, as the stored score reads it (PHP Optimizer\Target_Length): the
 * post's own `_igny8_target_words` when set, else the plan's default from the context. Pure.
 */

/** Longest target accepted (Target_Length::MAX). */
export const MAX_TARGET_WORDS = 20000;

/** The target the score uses: own (> 0) over the plan's default; null when neither says. */
export function targetWordsOf(
	own: unknown,
	planDefault: number | null | undefined
): number | null {
	const value = Number( own );
	if ( Number.isInteger( value ) && value > 0 ) {
		return Math.min( value, MAX_TARGET_WORDS );
	}
	return planDefault && planDefault > 0 ? planDefault : null;
}

/** What the editor typed, as the meta value to save: a whole number, 0 for "the plan's default". */
export function parseTargetWords( typed: string | undefined ): number {
	const value = Number.parseInt( typed ?? '', 10 );
	return Number.isFinite( value ) && value > 0
		? Math.min( value, MAX_TARGET_WORDS )
		: 0;
}
