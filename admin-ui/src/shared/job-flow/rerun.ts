/**
 * The confirm step's warning when part of the selection already has what the
 * action makes (clusters with ideas, tasks with a draft): running again adds
 * and charges again, so the modal says so and offers to replace instead.
 *
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { JobActionName } from './types';

export interface RerunWarning {
	message: string;
	/** Label of the "replace" choice; the run then sends { replace: true }. */
	replaceLabel: string;
}

/** The warning for `existing` of `count` selected items, or null when there is nothing to warn about. */
export function rerunWarning(
	action: JobActionName,
	existing: number,
	count: number
): RerunWarning | null {
	if ( existing <= 0 ) {
		return null;
	}
	switch ( action ) {
		case 'generate_ideas':
			return {
				message: sprintf(
					/* translators: 1: clusters that have ideas, 2: clusters selected */
					_n(
						'%1$d of the %2$d clusters already has ideas. New ideas are added beside them (titles it already has are left out), and charged again.',
						'%1$d of the %2$d clusters already have ideas. New ideas are added beside them (titles they already have are left out), and charged again.',
						existing,
						'igny8'
					),
					existing,
					count
				),
				replaceLabel: __(
					'Replace their ideas not yet approved',
					'igny8'
				),
			};
		case 'generate_content':
			return {
				message: sprintf(
					/* translators: 1: tasks already written, 2: tasks selected */
					_n(
						'%1$d of the %2$d tasks is already written. Writing it again makes a second draft and is charged again.',
						'%1$d of the %2$d tasks are already written. Writing them again makes second drafts and is charged again.',
						existing,
						'igny8'
					),
					existing,
					count
				),
				replaceLabel: __(
					'Replace their drafts (unpublished ones go to the Trash; published posts stay)',
					'igny8'
				),
			};
		default:
			return null;
	}
}
