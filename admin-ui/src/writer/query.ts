/**
 * Internal dependencies
 */
import type { QueryMapping } from '../shared/dataviews-query';

/** Tabs of the Writer screen, as in the URL (&tab=…). */
export const WRITER_TABS = [
	'tasks',
	'drafts',
	'published',
	'images',
] as const;

export type WriterTab = ( typeof WRITER_TABS )[ number ];

/** Tasks table: sortable columns and the status filter, as the REST route names them. */
export const TASKS_MAPPING: QueryMapping = {
	sortable: {
		title: 'title',
		status: 'status',
		created_at: 'created_at',
		id: 'id',
	},
	filters: { status: 'status' },
};

/**
 * Drafts and Published tables. Drafts holds every post not (publicly) published
 * yet: drafts, pending review, scheduled and private (the route's not_published).
 */
export function contentMapping( tab: 'draft' | 'publish' ): QueryMapping {
	return {
		sortable: { title: 'title', modified: 'modified', date: 'date' },
		fixed: { status: tab === 'draft' ? 'not_published' : 'publish' },
	};
}

/** Images table: newest first by default. */
export const IMAGES_MAPPING: QueryMapping = {
	sortable: { date: 'date', id: 'id' },
};

/**
 * The task statuses the table filters by, in pipeline order.
 */
export const TASK_STATUSES = [
	'queued',
	'in_progress',
	'completed',
	'failed',
] as const;

/**
 * Keywords as the tasks route returns them (array, JSON text or comma text)
 * as one readable line.
 */
export function keywordsText( keywords: unknown ): string {
	if ( Array.isArray( keywords ) ) {
		return keywords
			.filter(
				( keyword ) => typeof keyword === 'string' && keyword !== ''
			)
			.join( ', ' );
	}
	if ( typeof keywords === 'string' && keywords.trim() !== '' ) {
		try {
			const parsed: unknown = JSON.parse( keywords );
			if ( Array.isArray( parsed ) ) {
				return keywordsText( parsed );
			}
		} catch {
			// Plain text: shown as it is.
		}
		return keywords.trim();
	}
	return '';
}

/** The block-editor URL of a post, from the admin URL the page runs under. */
export function editPostUrl( postId: number, adminUrl = 'post.php' ): string {
	return `${ adminUrl }?post=${ postId }&action=edit`;
}
