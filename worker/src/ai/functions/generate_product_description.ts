/**
 * generate_product_description — a WooCommerce product's description and short description,
 * written (or rewritten, when it has copy already) from its data: title, categories, attributes,
 * price and existing copy, in the site's language and voice. A queued job, so a shop can ask
 * for many at once.
 *
 * Price rule (credits): reserve 2; charge 2.
 */
import * as z from 'zod';
import { htmlToBlocks } from '../blocks';
import { parseHtml, type HtmlNode } from '../html';
import { plainText } from '../plain-text';
import { authorProfileSchema, instructionLines, languageLine, languageSchema, languageTag, promptTemplateSchema, sameLanguage, systemPrompt, voiceLines } from '../prompts';
import { defineAiFunction } from '../types';

const label = z.string().trim().min( 1 ).max( 200 );

export const generateProductDescriptionInput = z.object( {
	product_id: z.number().int().positive(),
	title: z.string().trim().min( 1, 'The product needs a name first.' ).max( 300 ),
	categories: z.array( label ).max( 30 ).default( [] ),
	attributes: z.array( z.object( { name: label, values: z.array( label ).min( 1 ).max( 50 ) } ) ).max( 30 ).default( [] ),
	/** The price as the shop shows it, plain text ("19.99 EUR"); empty when the product has none. */
	price: z.string().trim().max( 100 ).default( '' ),
	/** The existing copy (HTML); only its text is read. */
	description_html: z.string().max( 200_000 ).default( '' ),
	short_description_html: z.string().max( 20_000 ).default( '' ),
	language: languageSchema.optional(),
	template: promptTemplateSchema.optional(),
	author_profile: authorProfileSchema.optional(),
} );

export const generateProductDescriptionOutput = z.strictObject( {
	description: z.string().min( 1 ).max( 20_000 ),
	short_description: z.string().min( 1 ).max( 1_000 ),
	language: z.string().min( 2 ),
} );

type Input = z.infer<typeof generateProductDescriptionInput>;
type Output = z.infer<typeof generateProductDescriptionOutput>;

const DEFAULT_SYSTEM = `You are IGNY8's shop copywriter. Write a product's description and short description
from its data. Use only the facts given (name, categories, attributes, price, existing copy); never
invent specifications, certifications or reviews. Name the attribute values a shopper searches for.
The description: 120–300 words of HTML using p, ul/li, h3, strong and em only. The short description:
one or two plain sentences for the product page's summary. No images, links or scripts. No FAQ.
Reply with one JSON object and nothing else:
{"description":"<p>…</p>","short_description":"…","language":"BCP 47 tag"}.`;

/** Text of existing copy (parsed, not pattern-stripped), enough of it to keep its facts. */
function textOf( html: string, max: number ): string {
	const parts: string[] = [];
	const walk = ( nodes: HtmlNode[] ): void => {
		for ( const node of nodes ) {
			if ( node.type === 'text' ) parts.push( node.text );
			else walk( node.children );
		}
	};
	walk( parseHtml( html ) );
	return parts.join( ' ' ).replace( /\s+/g, ' ' ).trim().slice( 0, max );
}

/** The reply's HTML through the one sanitising path, as plain HTML (products use the classic editor). */
const cleanHtml = ( html: string, banned: string[] ): string => htmlToBlocks( html, { banned } ).html;

export const generateProductDescription = defineAiFunction<Input, Output>( {
	name: 'generate_product_description',
	defaultModel: 'gpt-4o-mini',
	inputSchema: generateProductDescriptionInput,
	outputSchema: generateProductDescriptionOutput,
	maxOutputTokens: 1_200,
	temperature: 0.6,
	estimateCredits: () => 2,
	chargeCredits: () => 2,
	buildMessages: ( input ) => {
		const existing = textOf( input.description_html, 4_000 );
		const summary = textOf( input.short_description_html, 1_000 );
		return [
			{ role: 'system', content: systemPrompt( 'generate_product_description', DEFAULT_SYSTEM, input.template ) },
			{
				role: 'user',
				content: [
					`Product: ${ input.title }`,
					`Categories: ${ input.categories.join( ', ' ) }`,
					...input.attributes.map( ( attribute ) => `Attribute: ${ attribute.name } = ${ attribute.values.join( ', ' ) }` ),
					`Price: ${ input.price }`,
					languageLine( input.language ),
					...voiceLines( input.author_profile ),
					...instructionLines( input.template ),
					existing || summary ? 'Rewrite the existing copy below; keep its facts.' : 'The product has no copy yet.',
					`Existing short description: ${ summary }`,
					'Existing description:',
					existing,
				].join( '\n' ),
			},
		];
	},
	checkOutput: ( output, input ) => {
		if ( ! sameLanguage( output.language, input.language ) ) return `"language" is "${ output.language }" but the shop is in ${ languageTag( input.language ) }`;
		return cleanHtml( output.description, [] ) === '' ? '"description" has no text once cleaned' : null;
	},
	toResult: ( output, input ) => {
		const banned = input.author_profile?.banned_words ?? [];
		return {
			product_id: input.product_id,
			description_html: cleanHtml( output.description, banned ),
			// WordPress stores the excerpt column as plain text (Results\Post_Writer).
			short_description: plainText( output.short_description, 'excerpt', banned ),
		};
	},
} );
