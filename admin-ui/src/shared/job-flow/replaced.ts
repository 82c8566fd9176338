/**
 * A "replace" run (Generate ideas over clusters that have ideas) deletes the
 * ideas not yet approved when its result arrives, minutes after the click: the
 * finished notice says how many went and offers Undo, which puts them back
 * through the Trash the deletion used (a day, like every delete).
 *
 * WordPress dependencies
 */
import { _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useRestore } from '../use-restore';
import type { JobSnapshot } from './types';

export interface Replaced {
	count: number;
	/** One undo token per job that deleted something. */
	tokens: string[];
}

/** What the finished jobs replaced, or null when they replaced nothing. */
export function replacedBy( jobs: JobSnapshot[] ): Replaced | null {
	let count = 0;
	const tokens: string[] = [];
	for ( const job of jobs ) {
		if ( job.replaced && job.replaced.count > 0 ) {
			count += job.replaced.count;
			if ( job.replaced.undo ) {
				tokens.push( job.replaced.undo );
			}
		}
	}
	return count > 0 ? { count, tokens } : null;
}

/** The sentence the finished notice adds. */
export function replacedMessage( count: number ): string {
	return sprintf(
		/* translators: %d: number of ideas deleted by the run */
		_n(
			'%d idea not yet approved was replaced.',
			'%d ideas not yet approved were replaced.',
			count,
			'igny8'
		),
		count
	);
}

/**
 * Puts a replace's deleted ideas back, as a delete's Undo does; true when it
 * did (the ideas the run added stay: the user chose and paid for them).
 */
export function useUndoReplace(): ( tokens: string[] ) => Promise< boolean > {
	return useRestore( 'ideas', {
		count: ( n ) =>
			// translators: %d: number of ideas
			sprintf( _n( '%d idea', '%d ideas', n, 'igny8' ), n ),
	} );
}
