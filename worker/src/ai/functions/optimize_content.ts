/**
 * optimize_content — improves an existing article for its target keywords (the seed's
 * optimizer): better title and meta, clearer text, keywords where they read naturally,
 * plus a list of the changes made so the editor can review them.
 *
 * The article arrives as segments (segments.ts): the text of its paragraphs, headings, list
 * items, FAQ and key takeaways, by id. The model rewrites segments by id and may add paragraphs
 * and headings after one; WordPress puts the text back into the post's own blocks, so blocks,
 * their attributes, images, embeds and custom HTML never pass through the model.
 *
 * Price rule (credits): reserve 4 + 2 per 4,000 characters of segment HTML (at most 40); charge
 * ceil(output tokens / 200) + ceil(input tokens / 2000), at least 1, never more than reserved.
 */
import * as z from 'zod';
import { plainText } from '../plain-text';
import { authorProfileSchema, instructionLines, languageLine, languageSchema, languageTag, promptTemplateSchema, sameLanguage, systemPrompt, voiceLines } from '../prompts';
import { cleanSegment, hasText, nonInlineElements, SEGMENT_ID, SEGMENT_KINDS } from '../segments';
import { defineAiFunction, type TokenUsage } from '../types';

const segmentId = z.string().regex( SEGMENT_ID, 'Segment ids are s1, s2…' );

/** Most characters of segment HTML one post sends (the size of a very long article). */
const MAX_HTML = 300_000;

export const optimizeContentInput = z.object( {
	post_id: z.number().int().positive().optional(),
	title: z.string().trim().min( 1 ).max( 300 ),
	segments: z
		.array( z.strictObject( { id: segmentId, kind: z.enum( SEGMENT_KINDS ), html: z.string().min( 1 ).max( 20_000 ) } ) )
		.min( 1 )
		.max( 3_000 )
		.refine( ( segments ) => new Set( segments.map( ( segment ) => segment.id ) ).size === segments.length, 'Each segment id appears once.' )
		.refine( ( segments ) => segments.reduce( ( sum, segment ) => sum + segment.html.length, 0 ) <= MAX_HTML, `At most ${ MAX_HTML } characters of text.` ),
	keywords: z.array( z.string().trim().min( 1 ).max( 200 ) ).min( 1 ).max( 50 ),
	language: languageSchema.optional(),
	template: promptTemplateSchema.optional(),
	author_profile: authorProfileSchema.optional(),
} );

/** Tags of the blocks a model may add: paragraphs and section headings. */
export const INSERTABLE_TAGS = [ 'p', 'h2', 'h3' ] as const;

export const optimizeContentOutput = z.strictObject( {
	title: z.string().min( 1 ),
	meta_title: z.string().min( 1 ),
	meta_description: z.string().min( 1 ),
	segments: z.array( z.strictObject( { id: segmentId, html: z.string() } ) ).max( 3_000 ),
	insert: z.array( z.strictObject( { after: segmentId, tag: z.enum( INSERTABLE_TAGS ), html: z.string() } ) ).max( 30 ).default( [] ),
	changes: z.array( z.string() ),
	language: z.string().min( 2 ),
} );

type Input = z.infer<typeof optimizeContentInput>;
type Output = z.infer<typeof optimizeContentOutput>;

const DEFAULT_SYSTEM = `You are IGNY8's SEO editor. Improve the article for its target keywords without changing its facts
or its voice: a precise title, an SEO title (at most 60 characters) and meta description (at most 155),
keywords where they read naturally, short clear sentences, a section that is missing.`;

/** How to answer; in the user message, so a site's own system prompt cannot lose it. */
const REPLY_FORMAT = `The article is given as segments: the text of its paragraphs, headings, list items, FAQ questions and answers
and key takeaways, in reading order, each with an id and a kind. Its layout, images and other parts stay as they are.
Rewrite a segment by returning its id with its new HTML; leave out the segments you keep. Never merge, split or move segments.
A segment's HTML is inline only: text with <strong>, <em>, <a href>, <code> or <br>; no paragraphs, headings, lists or images.
To add a section, insert paragraphs ("p") or headings ("h2", "h3") after a segment, in the order they should appear.
Reply with one JSON object and nothing else:
{"title":"…","meta_title":"…","meta_description":"…","segments":[{"id":"s1","html":"…"}],"insert":[{"after":"s4","tag":"h2","html":"…"}],"changes":["one line per change"],"language":"BCP 47 tag"}`;

/** The reply's problems the schema cannot see: ids the article does not have, markup a segment may not hold, empty text. */
export function segmentProblems( output: Output, input: Input ): string[] {
	const ids = new Set( input.segments.map( ( segment ) => segment.id ) );
	const problems: string[] = [];
	const seen = new Set<string>();
	const check = ( where: string, html: string ) => {
		const refused = nonInlineElements( html );
		if ( refused.length ) problems.push( `${ where } holds <${ refused.join( '>, <' ) }>; only inline formatting is allowed` );
		else if ( ! hasText( html ) ) problems.push( `${ where } is empty` );
	};
	for ( const segment of output.segments ) {
		if ( ! ids.has( segment.id ) ) problems.push( `segment "${ segment.id }" is not in the article` );
		else if ( seen.has( segment.id ) ) problems.push( `segment "${ segment.id }" is rewritten twice` );
		seen.add( segment.id );
		check( `segment "${ segment.id }"`, segment.html );
	}
	for ( const added of output.insert ) {
		if ( ! ids.has( added.after ) ) problems.push( `insert after "${ added.after }": no such segment` );
		check( `the ${ added.tag } inserted after "${ added.after }"`, added.html );
	}
	return problems;
}

export const optimizeContent = defineAiFunction<Input, Output>( {
	name: 'optimize_content',
	defaultModel: 'gpt-4o-mini',
	inputSchema: optimizeContentInput,
	outputSchema: optimizeContentOutput,
	maxOutputTokens: 12_000,
	temperature: 0.4,
	estimateCredits: ( input ) => Math.min( 40, 4 + 2 * Math.ceil( input.segments.reduce( ( sum, segment ) => sum + segment.html.length, 0 ) / 4_000 ) ),
	chargeCredits: ( usage: TokenUsage ) => Math.max( 1, Math.ceil( usage.tokensOut / 200 ) + Math.ceil( usage.tokensIn / 2000 ) ),
	// The segments go last, after a marker line, as one JSON array.
	buildMessages: ( input ) => [
		{ role: 'system', content: systemPrompt( 'optimize_content', DEFAULT_SYSTEM, input.template ) },
		{
			role: 'user',
			content: [
				'Optimise the article below.',
				`Title: ${ input.title }`,
				languageLine( input.language ),
				`Keywords: ${ input.keywords.join( ', ' ) }`,
				...voiceLines( input.author_profile ),
				...instructionLines( input.template ),
				REPLY_FORMAT,
				'Segments (JSON, in reading order):',
				JSON.stringify( input.segments ),
			].join( '\n' ),
		},
	],
	checkOutput: ( output, input ) => {
		if ( ! sameLanguage( output.language, input.language ) ) return `"language" is "${ output.language }" but the article is in ${ languageTag( input.language ) }`;
		const problems = segmentProblems( output, input );
		return problems.length ? `${ problems.slice( 0, 10 ).join( '; ' ) }.` : null;
	},
	toResult: ( output, input ) => {
		const banned = input.author_profile?.banned_words ?? [];
		const original = new Map( input.segments.map( ( segment ) => [ segment.id, segment.html ] ) );
		// Checked above; cleaned again, since the reply is hostile: the allowlist, inline only, no images.
		const segments = output.segments
			.map( ( segment ) => ( { id: segment.id, html: cleanSegment( segment.html, banned ) } ) )
			.filter( ( segment ) => hasText( segment.html ) && segment.html !== original.get( segment.id ) );
		const inserted = output.insert.map( ( added ) => ( { after: added.after, tag: added.tag, html: cleanSegment( added.html, banned ) } ) ).filter( ( added ) => hasText( added.html ) );
		return {
			title: plainText( output.title, 'title', banned ),
			meta_title: plainText( output.meta_title, 'meta_title', banned ),
			meta_description: plainText( output.meta_description, 'meta_description', banned ),
			segments,
			inserted,
			changes: output.changes.map( ( change ) => plainText( change, 'note' ) ).filter( Boolean ),
			language: languageTag( input.language ),
		};
	},
} );
