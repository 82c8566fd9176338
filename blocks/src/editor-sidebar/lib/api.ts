/**
 * The sidebar's calls: WordPress REST (apiFetch, cookie + nonce) for tokens, context, history
 * and links; the Worker directly with an editor token for the AI actions, so model output
 * streams to the editor without passing through PHP.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { createSseParser } from './sse';
import type {
	AppliedChange,
	EditorScope,
	PendingChange,
	Provenance,
	ProvenanceEntry,
	LinkSuggestion,
	CloudProvenance,
} from './types';

interface MintedToken {
	token: string;
	expires_at: number;
	endpoint: string;
	/** The site's settings this action takes (language, author profile), sent with the call. */
	context?: Record< string, unknown >;
}

/** A token for one action; PHP checks edit_post and signs it (never the site API key). */
export function mintToken(
	postId: number,
	scope: EditorScope
): Promise< MintedToken > {
	return apiFetch< MintedToken >( {
		path: '/igny8/v1/editor/token',
		method: 'POST',
		data: { post_id: postId, scope },
	} );
}

/** The account's balance now (the context's figure is the last connection check's). */
export async function fetchBalance(): Promise< number | null > {
	const balance = await apiFetch< { credits?: number } >( {
		path: '/igny8/v1/billing/balance?refresh=true',
	} );
	return typeof balance.credits === 'number' ? balance.credits : null;
}

/** The post's AI change history, newest first. */
export function fetchHistory( postId: number ): Promise< ProvenanceEntry[] > {
	return apiFetch< ProvenanceEntry[] >( {
		path: `/igny8/v1/editor/provenance?post_id=${ postId }`,
	} );
}

/** Records an applied change. */
export function recordChange(
	postId: number,
	entry: Provenance
): Promise< ProvenanceEntry > {
	return apiFetch< ProvenanceEntry >( {
		path: '/igny8/v1/editor/provenance',
		method: 'POST',
		data: { post_id: postId, entry },
	} );
}

/**
 * Takes back one recorded change on the server; returns the content or meta it left. On a
 * published post it is refused (igny8_undo_needs_confirmation) until `confirm` is true.
 */
export function undoChange(
	postId: number,
	id: string,
	confirm: boolean
): Promise< AppliedChange > {
	return apiFetch( {
		path: '/igny8/v1/editor/provenance/undo',
		method: 'POST',
		data: { post_id: postId, id, confirm },
	} );
}

/** The post's changes waiting for the editor (published posts only get them). */
export function fetchPendingChanges(
	postId: number
): Promise< PendingChange[] > {
	return apiFetch< PendingChange[] >( {
		path: `/igny8/v1/editor/pending-changes?post_id=${ postId }`,
	} );
}

/** Accepts (puts on the post; content and meta come back) or discards a pending change. */
export function settlePendingChange(
	postId: number,
	id: string,
	how: 'accept' | 'discard'
): Promise< Partial< AppliedChange > > {
	return apiFetch( {
		path: `/igny8/v1/editor/pending-changes/${ how }`,
		method: 'POST',
		data: { post_id: postId, id },
	} );
}

/** Internal link suggestions from the Linker (same cluster first, then keyword overlap). */
export function fetchLinkSuggestions(
	postId: number
): Promise< LinkSuggestion[] > {
	return apiFetch< LinkSuggestion[] >( {
		path: `/igny8/v1/linker/suggestions?post_id=${ postId }&limit=10`,
	} );
}

/** What one sidebar action would cost, and above what the site asks first. */
export interface ActionPrice {
	credits: number;
	balance: number;
	billing: 'credits' | 'own_key';
	confirm_above: number;
}

/** POST editor/price: the credits the action would reserve (nothing is started). */
export function fetchPrice(
	postId: number,
	scope: EditorScope | 'featured_image',
	chars = 0
): Promise< ActionPrice > {
	return apiFetch< ActionPrice >( {
		path: '/igny8/v1/editor/price',
		method: 'POST',
		data: { post_id: postId, scope, chars },
	} );
}

/** Starts the featured image job. */
export function startFeaturedImage(
	postId: number
): Promise< { job_id: string } > {
	return apiFetch( {
		path: '/igny8/v1/editor/featured-image',
		method: 'POST',
		data: { post_id: postId },
	} );
}

/** The post's featured image id as stored (the job's result handler sets it). */
export async function fetchFeaturedMedia( postId: number ): Promise< number > {
	const post = await apiFetch< { featured_media?: number } >( {
		path: `/wp/v2/posts/${ postId }?context=edit&_fields=featured_media`,
	} );
	return Number( post.featured_media ?? 0 );
}

/** The error message of a failed Worker response (its envelope), or a generic one. */
async function cloudError( response: Response ): Promise< Error > {
	try {
		const body = ( await response.json() ) as { error?: string };
		if ( body.error ) {
			return new Error( body.error );
		}
	} catch {
		// Not JSON.
	}
	return new Error(
		__(
			'IGNY8 cloud did not answer. Check the connection in IGNY8 → Settings and try again.',
			'igny8'
		)
	);
}

/** One JSON call to the Worker with a fresh token. */
export async function callCloud< T >(
	postId: number,
	scope: EditorScope,
	body: Record< string, unknown >
): Promise< T & { provenance: CloudProvenance } > {
	const { token, endpoint, context } = await mintToken( postId, scope );
	const response = await fetch( endpoint, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			Authorization: `Bearer ${ token }`,
		},
		body: JSON.stringify( { ...context, ...body } ),
	} );
	if ( ! response.ok ) {
		throw await cloudError( response );
	}
	return (
		( await response.json() ) as {
			data: T & { provenance: CloudProvenance };
		}
	 ).data;
}

/**
 * The streamed rewrite: calls onText with the text so far as it arrives; resolves with the
 * provenance when the Worker says done.
 */
export async function streamRewrite(
	postId: number,
	body: { text: string; mode: string; language?: string },
	onText: ( text: string ) => void
): Promise< { text: string; provenance: CloudProvenance } > {
	const { token, endpoint, context } = await mintToken( postId, 'rewrite' );
	const response = await fetch( endpoint, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			Authorization: `Bearer ${ token }`,
		},
		body: JSON.stringify( { ...context, ...body } ),
	} );
	if ( ! response.ok || ! response.body ) {
		throw await cloudError( response );
	}
	const parser = createSseParser();
	const reader = response.body
		.pipeThrough( new TextDecoderStream() )
		.getReader();
	let text = '';
	for (
		let next = await reader.read();
		! next.done;
		next = await reader.read()
	) {
		for ( const event of parser.push( next.value ) ) {
			if ( event.event === 'chunk' ) {
				text += String( event.data.text ?? '' );
				onText( text );
			} else if ( event.event === 'done' ) {
				return {
					text,
					provenance: event.data as unknown as CloudProvenance,
				};
			} else if ( event.event === 'error' ) {
				throw new Error( String( event.data.error ?? '' ) );
			}
		}
	}
	throw new Error(
		__(
			'The rewrite stopped before it finished. Nothing was charged; try again.',
			'igny8'
		)
	);
}
