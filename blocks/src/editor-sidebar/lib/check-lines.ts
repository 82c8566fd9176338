/**
 * The score's checks as the lines an author reads. Several checks can say the same thing (with no
 * target keyword, each of the five keyword checks asks for one): they keep their own points in
 * the score, but the author is told once, not five times.
 */

/**
 * Internal dependencies
 */
import type { ScoreCheck } from '../../score/types';

/** One line of the check list: the checks it stands for, in the score's order. */
export interface CheckLine {
	ids: ScoreCheck[ 'id' ][];
	status: ScoreCheck[ 'status' ];
	message: string;
	blockId?: string;
}

/** Checks with the same status and message, and no block to select, become one line. */
export function checkLines( checks: readonly ScoreCheck[] ): CheckLine[] {
	const lines: CheckLine[] = [];
	const shared = new Map< string, CheckLine >();
	for ( const { id, status, message, blockId } of checks ) {
		// A check that selects its block keeps its own line.
		const key = blockId ? null : `${ status }\u0000${ message }`;
		const line = key === null ? undefined : shared.get( key );
		if ( line ) {
			line.ids.push( id );
			continue;
		}
		const created: CheckLine = { ids: [ id ], status, message, blockId };
		if ( key !== null ) {
			shared.set( key, created );
		}
		lines.push( created );
	}
	return lines;
}
