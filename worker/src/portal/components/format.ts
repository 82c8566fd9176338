/** Display formatting shared by the portal pages (numbers, dates). */

// One formatter for every number: toLocaleString() builds a new one per call, which a 90-day table pays hundreds of times.
const NUMBER = new Intl.NumberFormat( 'en-US' );

export const num = ( value: number ) => NUMBER.format( value );

/** "2026-11-25 13:40 UTC" — the portal shows UTC, the billing periods' time zone. */
export const when = ( value: Date | string | null | undefined ) => {
	if ( ! value ) return '—';
	const date = typeof value === 'string' ? new Date( value ) : value;
	return `${ date.toISOString().slice( 0, 16 ).replace( 'T', ' ' ) } UTC`;
};

/** "1 credit", "2,500 credits": a count with its noun in the right number. */
export const credits = ( value: number ) => `${ num( value ) } ${ value === 1 ? 'credit' : 'credits' }`;

/** "1 job", "12 jobs". */
export const jobs = ( value: number ) => `${ num( value ) } ${ value === 1 ? 'job' : 'jobs' }`;

/**
 * What the balance is made of, in the plan's terms. On the free tier the non-top-up part is the
 * free trial (the free plan has no monthly allowance); on a paid plan it is what is left of the
 * plan's allowance this period.
 */
export function balanceBreakdown( balance: { allowance_credits: number; topup_credits: number }, monthlyCredits: number ): string {
	const kept = monthlyCredits > 0 ? `${ num( balance.allowance_credits ) } left of the ${ credits( monthlyCredits ) } monthly allowance` : `${ credits( balance.allowance_credits ) } from the free trial`;
	return `${ kept } · ${ num( balance.topup_credits ) } top-up`;
}

// The AI functions as the portal names them; the id stays in the CSV's key column.
const FUNCTION_NAMES: Record<string, string> = {
	auto_cluster: 'Keyword clustering',
	generate_ideas: 'Content ideas',
	generate_content: 'Articles',
	generate_image_prompts: 'Image prompts',
	generate_images: 'Images',
	optimize_content: 'Optimisation',
	generate_excerpt: 'Excerpts',
	generate_product_description: 'Product descriptions',
	generate_meta: 'Meta descriptions',
	generate_faq: 'FAQs',
	generate_takeaways: 'Key takeaways',
	rewrite: 'Editor rewrites',
};

/** An AI function as people say it ("Articles" for generate_content); an unknown id as sent. */
export const functionName = ( id: string | null ) => ( id === null ? '—' : ( FUNCTION_NAMES[ id ] ?? id ) );
