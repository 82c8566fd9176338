/**
 * auto_cluster — groups a site's keywords into topic clusters (the seed's AutoClusterFunction).
 *
 * Big inputs are split: the keywords go to the model in chunks of CLUSTER_CHUNK_SIZE, a few
 * chunks at a time, each call told the cluster names found so far so it reuses them. The
 * chunk replies are merged by name (case- and space-insensitive), ids the model invented or
 * repeated are dropped, and ids it left out go to a fallback cluster: every input id ends up
 * in exactly one cluster and names are unique.
 *
 * Price rule (credits): reserve max(2, ceil(keywords / 50)); charge ceil(output tokens / 500)
 * + ceil(input tokens / 5000), at least 1, never more than the reservation.
 */
import * as z from 'zod';
import { plainText } from '../plain-text';
import { instructionLines, languageLine, languageSchema, languageTag, promptTemplateSchema, sameLanguage, systemPrompt } from '../prompts';
import { defineAiFunction, type AiRunContext, type TokenUsage } from '../types';

/** Keywords per model call: small enough for a fast, reliable reply, large enough to see themes. */
export const CLUSTER_CHUNK_SIZE = 500;
/** Chunks in flight at once: keeps 10,000 keywords well inside a queue consumer's wall-clock limit. */
const PARALLEL_CHUNKS = 4;
/** Names shown to later chunks (the prompt stays small even with hundreds of clusters). */
const NAMES_IN_PROMPT = 300;

export const autoClusterInput = z.object( {
	keywords: z
		.array(
			z.object( {
				id: z.number().int().positive(),
				keyword: z.string().trim().min( 1 ).max( 300 ),
				search_volume: z.number().int().nonnegative().nullish(),
				intent: z.string().trim().max( 50 ).nullish(),
			} )
		)
		.min( 1, 'Send at least one keyword.' )
		.max( 20_000 )
		.refine( ( list ) => new Set( list.map( ( item ) => item.id ) ).size === list.length, 'Keyword ids must be unique.' ),
	sector: z.string().trim().max( 200 ).optional(),
	language: languageSchema.optional(),
	template: promptTemplateSchema.optional(),
} );

/** One chunk's reply. */
export const autoClusterReply = z.strictObject( {
	clusters: z.array( z.strictObject( { name: z.string().min( 1 ), description: z.string(), keyword_ids: z.array( z.number().int() ) } ) ),
	language: z.string().min( 2 ),
} );

type Input = z.infer<typeof autoClusterInput>;
type Keyword = Input[ 'keywords' ][ number ];
export interface Cluster {
	name: string;
	description: string;
	keyword_ids: number[];
}
type Output = { clusters: Cluster[] };

const DEFAULT_SYSTEM = `You are IGNY8's SEO keyword strategist. Group the keywords into topic clusters: each cluster is one
page-worthy topic whose keywords share search intent. Reply with one JSON object and nothing else:
{"clusters":[{"name":"short topic name","description":"one sentence","keyword_ids":[ids]}],"language":"BCP 47 tag"}.
Use every keyword id exactly once and only the ids given. When an existing cluster fits, reuse its exact name.`;

/** Name of the cluster that takes keywords the model left out, per language. */
const FALLBACK_NAMES: Record<string, string> = { en: 'Other keywords', de: 'Weitere Keywords', fr: 'Autres mots-clés', es: 'Otras palabras clave', it: 'Altre parole chiave', pt: 'Outras palavras-chave', nl: 'Overige zoekwoorden' };

const nameKey = ( name: string ): string => name.normalize( 'NFKC' ).trim().replace( /\s+/g, ' ' ).toLocaleLowerCase();

/** The prompt of one chunk. */
export function clusterMessages( input: Pick<Input, 'sector' | 'language' | 'template'>, chunk: Keyword[], knownNames: string[] ) {
	return [
		{ role: 'system' as const, content: systemPrompt( 'auto_cluster', DEFAULT_SYSTEM, input.template ) },
		{
			role: 'user' as const,
			content: [
				'Cluster these keywords.',
				languageLine( input.language ),
				`Sector: ${ input.sector ?? 'general' }`,
				...instructionLines( input.template ),
				`Existing clusters: ${ knownNames.length ? knownNames.slice( 0, NAMES_IN_PROMPT ).join( ' | ' ) : 'none' }`,
				'Keywords (id | keyword | monthly searches | intent):',
				...chunk.map( ( item ) => `${ item.id } | ${ item.keyword.replace( /[\r\n|]+/g, ' ' ) } | ${ item.search_volume ?? '-' } | ${ item.intent ?? '-' }` ),
			].join( '\n' ),
		},
	];
}

/**
 * Merges chunk replies into the final clusters: same-named clusters join, each id lands once
 * (first cluster wins), unknown ids are dropped and missing ones go to the fallback cluster.
 */
export function mergeClusters( inputIds: number[], replies: Cluster[][], language?: string ): Cluster[] {
	const wanted = new Set( inputIds );
	const placed = new Set<number>();
	const byName = new Map<string, Cluster>();
	for ( const reply of replies ) {
		for ( const cluster of reply ) {
			const name = cluster.name.trim().replace( /\s+/g, ' ' );
			if ( ! name ) continue;
			const key = nameKey( name );
			const target = byName.get( key ) ?? { name, description: cluster.description.trim(), keyword_ids: [] };
			if ( ! target.description && cluster.description.trim() ) target.description = cluster.description.trim();
			for ( const id of cluster.keyword_ids ) {
				if ( ! wanted.has( id ) || placed.has( id ) ) continue; // invented or duplicated by the model
				placed.add( id );
				target.keyword_ids.push( id );
			}
			byName.set( key, target );
		}
	}
	const missing = inputIds.filter( ( id ) => ! placed.has( id ) );
	if ( missing.length > 0 ) {
		const base = FALLBACK_NAMES[ languageTag( language ).split( '-' )[ 0 ]! ] ?? FALLBACK_NAMES.en!;
		const fallback = byName.get( nameKey( base ) ) ?? { name: base, description: '', keyword_ids: [] };
		fallback.keyword_ids.push( ...missing );
		fallback.description ||= 'Keywords that did not fit a topic cluster; review them by hand.';
		byName.set( nameKey( base ), fallback );
	}
	return [ ...byName.values() ].filter( ( cluster ) => cluster.keyword_ids.length > 0 );
}

/** Runs the chunks a few at a time and merges them; progress is written per chunk. */
async function execute( context: AiRunContext, input: Input ): Promise<Output> {
	const chunks: Keyword[][] = [];
	for ( let index = 0; index < input.keywords.length; index += CLUSTER_CHUNK_SIZE ) chunks.push( input.keywords.slice( index, index + CLUSTER_CHUNK_SIZE ) );
	const replies: Cluster[][] = [];
	let done = 0;
	await context.progress( 10, `clustering: 0 of ${ chunks.length } chunks` );
	for ( let start = 0; start < chunks.length; start += PARALLEL_CHUNKS ) {
		// Names so far, once each, so later chunks reuse them and the clusters stay coherent.
		const knownNames = [ ...new Map( replies.flat().map( ( cluster ) => [ nameKey( cluster.name ), cluster.name.trim() ] ) ).values() ];
		const round = chunks.slice( start, start + PARALLEL_CHUNKS ).map( async ( chunk ) => {
			const reply = await context.structured( autoClusterReply, clusterMessages( input, chunk, knownNames ), ( value ) =>
				sameLanguage( value.language, input.language ) ? null : `"language" is "${ value.language }" but names and descriptions must be in ${ languageTag( input.language ) }`
			);
			done += 1;
			await context.progress( 10 + Math.round( ( 80 * done ) / chunks.length ), `clustering: ${ done } of ${ chunks.length } chunks` );
			return reply.clusters;
		} );
		replies.push( ...( await Promise.all( round ) ) );
	}
	return { clusters: mergeClusters( input.keywords.map( ( item ) => item.id ), replies, input.language ) };
}

export const autoCluster = defineAiFunction<Input, Output>( {
	name: 'auto_cluster',
	defaultModel: 'gpt-4o-mini',
	inputSchema: autoClusterInput,
	outputSchema: z.object( { clusters: z.array( z.object( { name: z.string(), description: z.string(), keyword_ids: z.array( z.number() ) } ) ) } ),
	maxOutputTokens: 16_000,
	temperature: 0.2,
	estimateCredits: ( input ) => Math.max( 2, Math.ceil( input.keywords.length / 50 ) ),
	chargeCredits: ( usage: TokenUsage ) => Math.max( 1, Math.ceil( usage.tokensOut / 500 ) + Math.ceil( usage.tokensIn / 5000 ) ),
	buildMessages: ( input ) => clusterMessages( input, input.keywords.slice( 0, CLUSTER_CHUNK_SIZE ), [] ),
	execute,
	toResult: ( output ) => ( {
		clusters: output.clusters.map( ( cluster ) => ( { ...cluster, name: plainText( cluster.name, 'name' ), description: plainText( cluster.description, 'description' ) } ) ),
	} ),
} );
