/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { Industry } from './industry';

/** The answer of POST /planner/industry. */
export interface IndustryResult {
	industry: string | null;
	added: Array< { id: number; name: string } >;
	removed: number[];
	keywords_added: number;
	undo_token: string | null;
}

/** The catalogue (GET /planner/industries), sorted by name. */
export function fetchIndustries(): Promise< Industry[] > {
	return apiFetch< Industry[] >( { path: '/igny8/v1/planner/industries' } );
}

/** The site's industry slug, or null (GET /planner/industry). */
export async function fetchSiteIndustry(): Promise< string | null > {
	const answer = await apiFetch< { industry: string | null } >( {
		path: '/igny8/v1/planner/industry',
	} );
	return answer.industry;
}

/** Stores the industry and adds/deletes sectors (POST /planner/industry). */
export function applyIndustry( data: {
	industry: string;
	add: string[];
	remove: number[];
	confirm_remove: boolean;
	seed_keywords: boolean;
} ): Promise< IndustryResult > {
	return apiFetch< IndustryResult >( {
		path: '/igny8/v1/planner/industry',
		method: 'POST',
		data,
	} );
}

/** Deletes one sector (DELETE /planner/sectors/{id}), as Undo of an added one. */
export async function deleteSector( id: number ): Promise< void > {
	await apiFetch( {
		path: `/igny8/v1/planner/sectors/${ id }`,
		method: 'DELETE',
	} );
}
