/**
 * The editor's AI actions, each charged through editor-charge (reserve → run → settle or
 * refund): the streamed rewrite, and the one-shot meta, FAQ and key takeaways functions. Take { db, env } and
 * input, never a Context, like the other services.
 */
import { aiSettings, AiError, runAiFunction } from '../ai/core';
import { generateFaq, generateFaqInput } from '../ai/functions/generate_faq';
import { generateMeta, generateMetaInput } from '../ai/functions/generate_meta';
import { generateTakeaways, generateTakeawaysInput } from '../ai/functions/generate_takeaways';
import { rewrite, rewriteInput, streamRewrite } from '../ai/functions/rewrite';
import type { AiFunction } from '../ai/types';
import type { Database } from '../db/client';
import type { Site } from '../db/schema';
import type { Env } from '../env';
import { ApiError } from '../lib/errors';
import { parseOrThrow } from '../lib/validate';
import { failEditorCharge, finishEditorCharge, startEditorCharge, type EditorReference } from './editor-charge';
import type { EditorClaims } from './editor-token';

/** The version of the Worker's default prompts, recorded in each edit's provenance. */
export const EDITOR_PROMPT_VERSION = 'default-1';

/** What the editor records with each applied change. */
export interface EditorProvenance {
	job_id: string;
	function: string;
	model: string;
	prompt_version: string;
	credits_charged: number;
	balance: number;
}

interface Deps {
	db: Database;
	env: Env;
}

const referenceOf = ( claims: EditorClaims ): EditorReference => ( { post_id: claims.post, user_id: claims.user, source: 'editor' } );
const failure = ( error: unknown ) => ( error instanceof Error ? error.message : String( error ) );

/** Runs a one-shot structured function (meta, FAQ, takeaways) for the editor and settles its credits. */
async function runCharged<I, O>( { db, env }: Deps, site: Site, claims: EditorClaims, fn: AiFunction<I, O>, rawInput: unknown ): Promise<{ result: Record<string, unknown>; provenance: EditorProvenance }> {
	const input = parseOrThrow( fn.inputSchema, rawInput );
	const job = await startEditorCharge( { db }, site, fn.name, input as Record<string, unknown>, referenceOf( claims ), fn.estimateCredits( input ) );
	const settings = aiSettings( env, fn );
	try {
		const run = await runAiFunction( settings, fn, input );
		const result = fn.toResult( run.output, input );
		const money = await finishEditorCharge( { db }, job, result, { tokensIn: run.usage.tokensIn, tokensOut: run.usage.tokensOut, model: run.model }, fn.chargeCredits( run.usage, run.output ) );
		return { result, provenance: { job_id: job.id, function: fn.name, model: run.model, prompt_version: EDITOR_PROMPT_VERSION, credits_charged: money.charged, balance: money.balance } };
	} catch ( error ) {
		const usage = error instanceof AiError ? { tokensIn: error.usage.tokensIn, tokensOut: error.usage.tokensOut, model: settings.model } : undefined;
		await failEditorCharge( { db }, job, failure( error ), usage );
		throw new ApiError( 502, `The AI model did not answer: ${ failure( error ) }. No credits were charged; try again.` );
	}
}

/** generate_meta for the editor. */
export const editorMeta = ( deps: Deps, site: Site, claims: EditorClaims, input: unknown ) => runCharged( deps, site, claims, generateMeta, parseOrThrow( generateMetaInput, input ) );

/** generate_faq for the editor. */
export const editorFaq = ( deps: Deps, site: Site, claims: EditorClaims, input: unknown ) => runCharged( deps, site, claims, generateFaq, parseOrThrow( generateFaqInput, input ) );

/** generate_takeaways for the editor (the Key takeaways block). */
export const editorTakeaways = ( deps: Deps, site: Site, claims: EditorClaims, input: unknown ) => runCharged( deps, site, claims, generateTakeaways, parseOrThrow( generateTakeawaysInput, input ) );

/** One server-sent event. */
const event = ( name: string, data: unknown ) => `event: ${ name }\ndata: ${ JSON.stringify( data ) }\n\n`;

/**
 * The streamed rewrite as server-sent events: `chunk` {text} as the model writes, then `done`
 * (provenance) or `error` {error}. Credits are reserved before the first byte and settled (or
 * refunded) when the stream ends; `settled` resolves then, for waitUntil.
 */
export async function editorRewriteStream( { db, env }: Deps, site: Site, claims: EditorClaims, rawInput: unknown ): Promise<{ body: ReadableStream<Uint8Array>; settled: Promise<void> }> {
	const input = parseOrThrow( rewriteInput, rawInput );
	const job = await startEditorCharge( { db }, site, rewrite.name, { mode: input.mode, characters: input.text.length }, referenceOf( claims ), rewrite.estimateCredits( input ) );
	const model = aiSettings( env, rewrite ).model;
	let text;
	try {
		text = await streamRewrite( env, input );
	} catch ( error ) {
		await failEditorCharge( { db }, job, failure( error ) );
		throw new ApiError( 502, `The AI model did not answer: ${ failure( error ) }. No credits were charged; try again.` );
	}
	const encoder = new TextEncoder();
	const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
	const writer = writable.getWriter();
	const settled = ( async () => {
		let characters = 0;
		try {
			const reader = text.stream.getReader();
			for ( let next = await reader.read(); ! next.done; next = await reader.read() ) {
				characters += next.value.length;
				await writer.write( encoder.encode( event( 'chunk', { text: next.value } ) ) );
			}
			const usage = await text.usage;
			const money = await finishEditorCharge( { db }, job, { characters }, { ...usage, model }, rewrite.chargeCredits( usage, input ) );
			const provenance: EditorProvenance = { job_id: job.id, function: rewrite.name, model, prompt_version: EDITOR_PROMPT_VERSION, credits_charged: money.charged, balance: money.balance };
			await writer.write( encoder.encode( event( 'done', provenance ) ) );
		} catch ( error ) {
			await failEditorCharge( { db }, job, failure( error ) );
			await writer.write( encoder.encode( event( 'error', { error: `The rewrite stopped: ${ failure( error ) }. No credits were charged; try again.` } ) ) ).catch( () => undefined );
		} finally {
			await writer.close().catch( () => undefined );
		}
	} )();
	return { body: readable, settled };
}
