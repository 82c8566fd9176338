/**
 * generate_ideas — content ideas for keyword clusters (the seed's GenerateIdeasFunction):
 * title, description, suggested keywords, an H2/H3 outline and the content type.
 *
 * Clusters go to the model IDEAS_CHUNK_SIZE at a time; ideas naming a cluster that was not
 * asked about are dropped, and each cluster keeps at most `ideas_per_cluster` ideas.
 *
 * Price rule (credits): reserve ceil(clusters × ideas_per_cluster / 2), at least 1; charge
 * ceil(output tokens / 300) + ceil(input tokens / 3000), at least 1, never more than reserved.
 */
import * as z from 'zod';
import { plainText } from '../plain-text';
import { authorProfileSchema, instructionLines, languageLine, languageSchema, languageTag, promptTemplateSchema, sameLanguage, systemPrompt, voiceLines } from '../prompts';
import { defineAiFunction, type AiRunContext, type TokenUsage } from '../types';

const IDEAS_CHUNK_SIZE = 10;

export const generateIdeasInput = z.object( {
	clusters: z
		.array(
			z.object( {
				id: z.number().int().positive(),
				name: z.string().trim().min( 1 ).max( 300 ),
				description: z.string().trim().max( 2_000 ).optional(),
				keywords: z.array( z.string().trim().min( 1 ).max( 300 ) ).max( 500 ),
			} )
		)
		.min( 1 )
		.max( 200 ),
	ideas_per_cluster: z.number().int().min( 1 ).max( 10 ).default( 3 ),
	language: languageSchema.optional(),
	template: promptTemplateSchema.optional(),
	author_profile: authorProfileSchema.optional(),
} );

const idea = z.strictObject( {
	cluster_id: z.number().int(),
	title: z.string().min( 1 ),
	description: z.string(),
	suggested_keywords: z.array( z.string() ),
	outline: z.array( z.strictObject( { heading: z.string().min( 1 ), level: z.union( [ z.literal( 2 ), z.literal( 3 ) ] ) } ) ),
	content_type: z.enum( [ 'post', 'page' ] ),
} );

export const generateIdeasReply = z.strictObject( { ideas: z.array( idea ), language: z.string().min( 2 ) } );

type Input = z.infer<typeof generateIdeasInput>;
type Idea = z.infer<typeof idea>;
type Output = { ideas: Idea[] };

const DEFAULT_SYSTEM = `You are IGNY8's content strategist. For each keyword cluster, propose distinct article ideas that
together cover the cluster's search intent. Reply with one JSON object and nothing else:
{"ideas":[{"cluster_id":id,"title":"…","description":"…","suggested_keywords":["…"],"outline":[{"heading":"…","level":2}],"content_type":"post"}],"language":"BCP 47 tag"}.
Outlines have 4–8 headings (level 2 sections, level 3 subsections) and end with an FAQ section.`;

function ideaMessages( input: Input, clusters: Input[ 'clusters' ] ) {
	return [
		{ role: 'system' as const, content: systemPrompt( 'generate_ideas', DEFAULT_SYSTEM, input.template ) },
		{
			role: 'user' as const,
			content: [
				`Propose ${ input.ideas_per_cluster } ideas for each cluster below.`,
				`Ideas per cluster: ${ input.ideas_per_cluster }`,
				languageLine( input.language ),
				...voiceLines( input.author_profile ),
				...instructionLines( input.template ),
				'Clusters:',
				...clusters.map( ( cluster ) => `Cluster ${ cluster.id }: ${ cluster.name.replace( /\s+/g, ' ' ) } — keywords: ${ cluster.keywords.slice( 0, 60 ).join( ', ' ) }${ cluster.description ? ` — ${ cluster.description.replace( /\s+/g, ' ' ) }` : '' }` ),
			].join( '\n' ),
		},
	];
}

async function execute( context: AiRunContext, input: Input ): Promise<Output> {
	const ideas: Idea[] = [];
	const chunks: Input[ 'clusters' ][] = [];
	for ( let index = 0; index < input.clusters.length; index += IDEAS_CHUNK_SIZE ) chunks.push( input.clusters.slice( index, index + IDEAS_CHUNK_SIZE ) );
	for ( const [ index, chunk ] of chunks.entries() ) {
		await context.progress( 10 + Math.round( ( 80 * index ) / chunks.length ), `ideas: ${ index } of ${ chunks.length } cluster groups` );
		const wanted = new Set( chunk.map( ( cluster ) => cluster.id ) );
		const reply = await context.structured( generateIdeasReply, ideaMessages( input, chunk ), ( value ) => {
			if ( ! sameLanguage( value.language, input.language ) ) return `"language" is "${ value.language }" but ideas must be in ${ languageTag( input.language ) }`;
			return value.ideas.some( ( item ) => wanted.has( item.cluster_id ) ) ? null : 'no idea names one of the given cluster ids';
		} );
		const perCluster = new Map<number, number>();
		for ( const item of reply.ideas ) {
			const count = perCluster.get( item.cluster_id ) ?? 0;
			// Ideas for clusters we did not send are the model's invention: dropped.
			if ( ! wanted.has( item.cluster_id ) || count >= input.ideas_per_cluster ) continue;
			perCluster.set( item.cluster_id, count + 1 );
			ideas.push( { ...item, title: item.title.trim(), suggested_keywords: [ ...new Set( item.suggested_keywords.map( ( word ) => word.trim() ).filter( Boolean ) ) ] } );
		}
	}
	return { ideas };
}

export const generateIdeas = defineAiFunction<Input, Output>( {
	name: 'generate_ideas',
	defaultModel: 'gpt-4o-mini',
	inputSchema: generateIdeasInput,
	outputSchema: z.object( { ideas: z.array( idea ) } ),
	maxOutputTokens: 8_000,
	temperature: 0.7,
	estimateCredits: ( input ) => Math.max( 1, Math.ceil( ( input.clusters.length * input.ideas_per_cluster ) / 2 ) ),
	chargeCredits: ( usage: TokenUsage ) => Math.max( 1, Math.ceil( usage.tokensOut / 300 ) + Math.ceil( usage.tokensIn / 3000 ) ),
	buildMessages: ( input ) => ideaMessages( input, input.clusters.slice( 0, IDEAS_CHUNK_SIZE ) ),
	execute,
	toResult: ( output ) => ( {
		ideas: output.ideas.map( ( idea ) => ( {
			...idea,
			title: plainText( idea.title, 'title' ),
			description: plainText( idea.description, 'description' ),
			suggested_keywords: idea.suggested_keywords.map( ( keyword ) => plainText( keyword, 'name' ) ).filter( Boolean ),
			outline: idea.outline.map( ( item ) => ( { ...item, heading: plainText( item.heading, 'heading' ) } ) ).filter( ( item ) => item.heading ),
		} ) ),
	} ),
} );
