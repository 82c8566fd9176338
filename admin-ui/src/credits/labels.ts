/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * The translated name of an AI function; unknown names are shown as sent.
 */
export function functionLabel( name: string ): string {
	const labels: Record< string, string > = {
		auto_cluster: __( 'Clustering', 'igny8' ),
		generate_ideas: __( 'Ideas', 'igny8' ),
		generate_content: __( 'Articles', 'igny8' ),
		generate_image_prompts: __( 'Image prompts', 'igny8' ),
		generate_images: __( 'Images', 'igny8' ),
		optimize_content: __( 'Optimisation', 'igny8' ),
		generate_excerpt: __( 'Excerpts', 'igny8' ),
		generate_product_description: __( 'Product descriptions', 'igny8' ),
		rewrite: __( 'Rewrites', 'igny8' ),
	};
	return labels[ name ] ?? name;
}

/**
 * The translated name of a ledger entry kind; unknown kinds are shown as sent.
 */
export function kindLabel( kind: string ): string {
	const labels: Record< string, string > = {
		grant: __( 'Credits added', 'igny8' ),
		reserve: __( 'Reserved for a job', 'igny8' ),
		settle: __( 'Job settled', 'igny8' ),
		refund: __( 'Refund', 'igny8' ),
		adjustment: __( 'Adjustment', 'igny8' ),
		expire: __( 'Expired allowance', 'igny8' ),
	};
	return labels[ kind ] ?? kind;
}

/** The kinds the transactions table can filter by, in the cloud's order. */
export const TRANSACTION_KINDS = [
	'grant',
	'reserve',
	'settle',
	'refund',
	'adjustment',
	'expire',
] as const;

/**
 * A signed credit amount for display: "+120" or "−8" (a real minus sign).
 */
export function signedAmount(
	amount: number,
	format: ( n: number ) => string
): string {
	if ( amount > 0 ) {
		return `+${ format( amount ) }`;
	}
	if ( amount < 0 ) {
		return `\u2212${ format( -amount ) }`;
	}
	return format( 0 );
}
