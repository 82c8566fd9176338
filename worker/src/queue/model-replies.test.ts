/**
 * Replies a job must not turn into an article: a refusal, a reply cut off by its output
 * budget (even one whose JSON happens to parse) and prose instead of JSON. The fake model
 * (a test double) answers with the recorded replies of the corpus fixtures named in the brief.
 * Each job must end failed with a reason the editor can act on, the whole reservation
 * refunded, and WordPress told "failed" with no result.
 */
import { describe, expect, it } from 'vitest';
import { balanceOf, connectSite, createJob, createSite, deliveriesTo, getJob, ledgerOf, registerTenant, runQueue, unique } from '../../test/helpers';

/** Runs one generate_content job whose model reply is the corpus fixture `fixture`. */
async function runWithFixture( fixture: string ) {
	const tenant = await registerTenant();
	const site = await createSite( tenant );
	const { deliveryPath } = await connectSite( site.apiKey );
	const input = { title: unique( 'Brewing tea' ), brief: `Cover water and time. [[igny8-fixture:${ fixture }]]` };
	const job = ( await createJob( site.apiKey, input, {}, { task_id: 11 } ) ).body.data.job;
	const result = await runQueue( [ { type: 'job.run', job_id: job.id } ] );
	expect( result.explicitAcks ).toHaveLength( 1 );
	const done = ( await getJob( site.apiKey, job.id ) ).body.data;
	return { tenant, site, deliveryPath, job, done };
}

/** The job failed with `error`, cost nothing, and WordPress heard "failed" with no result. */
async function expectFailedAndRefunded( run: Awaited<ReturnType<typeof runWithFixture>>, error: RegExp ): Promise<void> {
	const { tenant, site, deliveryPath, job, done } = run;
	expect( done ).toMatchObject( { status: 'failed', credits_charged: 0, result: null } );
	expect( done.error ).toMatch( error );
	expect( await balanceOf( site.apiKey ) ).toBe( 2000 );
	const ledger = await ledgerOf( tenant.accountId );
	expect( ledger.map( ( row ) => row.kind ) ).toEqual( [ 'grant', 'reserve', 'refund' ] );
	expect( ledger[ 2 ] ).toMatchObject( { amount: 10, balance_after: 2000, job_id: job.id } );
	const deliveries = await deliveriesTo( deliveryPath );
	expect( deliveries ).toHaveLength( 1 );
	const body = JSON.parse( deliveries[ 0 ]!.body ) as Record<string, unknown>;
	expect( body ).toMatchObject( { id: job.id, status: 'failed', result: null, credits_charged: 0 } );
	expect( body.error ).toMatch( error );
}

describe( 'model replies that cannot become an article', () => {
	it( 'fails a refusal at once with the model’s words and refunds everything', async () => {
		const run = await runWithFixture( 'e2e-refusal' );
		await expectFailedAndRefunded( run, /^The model refused: I'm sorry, but I can't help with that request\. Change the title or brief/ );
		// Refused at once: one reply's worth of tokens, no repair round.
		expect( run.done.tokens_out ).toBeLessThan( 30 );
	} );

	it( 'retries a cut-off reply once with twice the budget, then fails without using the half-written JSON', async () => {
		const run = await runWithFixture( 'e2e-truncated-parseable' );
		await expectFailedAndRefunded( run, /^The model's reply was cut off at 16000 tokens even with a larger budget; shorten the brief or outline/ );
		// Both calls used their whole budget: 8,000 then 16,000 tokens.
		expect( run.done.tokens_out ).toBe( 24_000 );
	} );

	it( 'fails a reply cut off mid-JSON the same way, not as a repairable parse error', async () => {
		const run = await runWithFixture( 'e2e-truncated' );
		await expectFailedAndRefunded( run, /cut off at 16000 tokens even with a larger budget/ );
	} );

	it( 'names the parse problem when the reply is still not JSON after the repair round', async () => {
		const run = await runWithFixture( 'e2e-prose-reply' );
		await expectFailedAndRefunded( run, /^The model returned invalid output twice: it is not valid JSON/ );
	} );
} );
