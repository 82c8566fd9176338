import { env } from 'cloudflare:test';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { AiError, aiSettings, backoffMs, isRetryable, responseJsonSchema, runAiFunction } from './core';
import { generateContent, generateContentOutput } from './functions/generate_content';
import { largerBudget, MAX_OUTPUT_BUDGET } from './reply-checks';
import { unique, scriptFaults } from '../../test/helpers';

describe( 'AI core settings', () => {
	it( 'picks the model per function, then the default, then the function’s own', () => {
		const base = { ...env, AI_MODEL_DEFAULT: undefined, AI_MODEL_GENERATE_CONTENT: undefined };
		expect( aiSettings( base, generateContent ).model ).toBe( 'gpt-4o-mini' );
		expect( aiSettings( { ...base, AI_MODEL_DEFAULT: 'house-model' }, generateContent ).model ).toBe( 'house-model' );
		expect( aiSettings( { ...base, AI_MODEL_DEFAULT: 'house-model', AI_MODEL_GENERATE_CONTENT: 'writer-model' }, generateContent ).model ).toBe( 'writer-model' );
		expect( aiSettings( base, generateContent ).baseURL ).toBe( env.OPENAI_BASE_URL );
	} );

	it( 'retries only what is worth retrying, with growing jittered delays', () => {
		const error = ( status: number ) => OpenAI.APIError.generate( status, { error: { message: 'x' } }, 'x', new Headers() );
		expect( [ 429, 500, 503, 408 ].map( ( status ) => isRetryable( error( status ) ) ) ).toEqual( [ true, true, true, true ] );
		expect( [ 400, 401, 403, 404 ].map( ( status ) => isRetryable( error( status ) ) ) ).toEqual( [ false, false, false, false ] );
		expect( isRetryable( new OpenAI.APIConnectionTimeoutError() ) ).toBe( true );
		expect( isRetryable( new Error( 'bug' ) ) ).toBe( false );
		for ( let attempt = 0; attempt < 4; attempt++ ) {
			const delay = backoffMs( attempt, 100 );
			expect( delay ).toBeGreaterThanOrEqual( ( 100 * 2 ** attempt ) / 2 );
			expect( delay ).toBeLessThanOrEqual( 100 * 2 ** attempt );
		}
		const limited = OpenAI.APIError.generate( 429, {}, 'slow down', new Headers( { 'retry-after-ms': '2500' } ) );
		expect( backoffMs( 0, 10, limited ) ).toBe( 2500 );
	} );

	it( 'sends a strict JSON schema without keywords structured outputs reject', () => {
		const schema = responseJsonSchema( generateContentOutput );
		expect( schema ).toMatchObject( { type: 'object', additionalProperties: false, required: [ 'title', 'meta_title', 'meta_description', 'excerpt', 'content_html', 'language' ] } );
		expect( JSON.stringify( schema ) ).not.toMatch( /minLength|\$schema/ );
	} );
} );

describe( 'runAiFunction against the fake model (a test double)', () => {
	it( 'counts tokens over retries and returns a validated output', async () => {
		const title = unique( 'Core retry' );
		await scriptFaults( [ '429', '500' ], title );
		const progress: string[] = [];
		const run = await runAiFunction( aiSettings( env, generateContent ), generateContent, { title }, ( _p, step ) => {
			progress.push( step );
		} );
		expect( run.calls ).toBe( 3 );
		expect( run.output.title ).toBe( title );
		expect( run.usage.tokensIn ).toBeGreaterThan( 0 );
		expect( progress ).toEqual( [ 'generating' ] );
	} );

	it( 'gives up with an AiError carrying usage when the reply stays invalid', async () => {
		const title = unique( 'Core malformed' );
		await scriptFaults( [ 'malformed', 'malformed' ], title );
		const attempt = runAiFunction( aiSettings( env, generateContent ), generateContent, { title } );
		await expect( attempt ).rejects.toBeInstanceOf( AiError );
		await expect( attempt ).rejects.toThrow( /invalid output twice/ );
	} );

	it( 'does not retry a request the API rejects', async () => {
		const settings = { ...aiSettings( env, generateContent ), baseURL: `${ env.FAKE_MODEL_ORIGIN }/v1/nowhere` };
		await expect( runAiFunction( settings, generateContent, { title: 'x' } ) ).rejects.toThrow( /rejected/ );
	} );

	it( 'asks once more with a larger budget for a cut-off reply, never for a refusal', async () => {
		// The fake model (a test double) answers with the corpus fixture named in the brief.
		const attempt = ( fixture: string ): Promise<AiError> =>
			runAiFunction( aiSettings( env, generateContent ), generateContent, { title: unique( 'Core reply' ), brief: `[[igny8-fixture:${ fixture }]]` } ).then(
				() => Promise.reject( new Error( `${ fixture } was accepted` ) ),
				( error: AiError ) => error
			);
		const cut = await attempt( 'e2e-truncated-parseable' );
		expect( cut ).toBeInstanceOf( AiError );
		expect( [ cut.calls, cut.usage.tokensOut ] ).toEqual( [ 2, 8_000 + 16_000 ] );
		expect( cut.message ).toMatch( /cut off at 16000 tokens even with a larger budget/ );
		const refused = await attempt( 'e2e-refusal' );
		expect( refused.calls ).toBe( 1 );
		expect( refused.message ).toMatch( /^The model refused: I'm sorry/ );
		const prose = await attempt( 'e2e-prose-reply' );
		expect( prose.calls ).toBe( 2 );
		expect( prose.message ).toMatch( /invalid output twice: it is not valid JSON/ );
	} );

	it( 'doubles the output budget up to the ceiling, and not at all without a budget', () => {
		expect( largerBudget( 8_000 ) ).toBe( 16_000 );
		expect( largerBudget( 20_000 ) ).toBe( MAX_OUTPUT_BUDGET );
		expect( largerBudget( MAX_OUTPUT_BUDGET ) ).toBeNull();
		expect( largerBudget( undefined ) ).toBeNull();
	} );
} );
