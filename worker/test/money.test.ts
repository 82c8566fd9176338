/**
 * Money under pressure, against the real local D1 and queue: concurrent reservations,
 * idempotent creation and settlement, spend order between the buckets, per-site caps,
 * and the monthly allowance granted exactly once per period.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client';
import { processJob } from '../src/queue/consumer';
import { changePlan, grantMonthlyAllowances, purchaseTopUp } from '../src/services/allowances';
import { adjustCredits } from '../src/services/ledger';
import { accountMoney, addUser, asSite, asUser, call, createJob, createSite, expectLedgerConsistent, ledgerOf, registerTenant, runQueue, unique } from './helpers';

const db = () => createDb( env.DB );
const article = () => ( { function: 'generate_content', input: { title: unique( 'Article' ) } } );

describe( 'reservations under concurrency', () => {
	it( 'accepts exactly 50 of 200 concurrent jobs when the balance covers 50, and ends at 0', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		await adjustCredits( { db: db() }, tenant.accountId, -1500, 'test: leave exactly 50 jobs × 10 credits' );
		// The real queue binding: each accepted job is really enqueued.
		const responses = await Promise.all( Array.from( { length: 200 }, () => call<{ job: { id: string } }>( 'POST', '/api/v1/ai/jobs/', { headers: asSite( site.apiKey ), body: article() } ) ) );
		const statuses = responses.map( ( response ) => response.status );
		expect( statuses.filter( ( status ) => status === 202 ) ).toHaveLength( 50 );
		expect( statuses.filter( ( status ) => status === 402 ) ).toHaveLength( 150 );
		expect( responses.find( ( response ) => response.status === 402 )?.body.error ).toMatch( /^Not enough credits: this job needs 10 credits and the balance is \d+\.$/ );
		expect( await accountMoney( tenant.accountId ) ).toMatchObject( { credits: 0, allowance_credits: 0, topup_credits: 0 } );
		const ledger = await ledgerOf( tenant.accountId );
		expect( ledger.filter( ( row ) => row.kind === 'reserve' ) ).toHaveLength( 50 );
		expect( ledger.reduce( ( sum, row ) => sum + row.amount, 0 ) ).toBe( 0 );
		const jobs = await env.DB.prepare( 'SELECT COUNT(*) AS n, SUM(credits_reserved) AS reserved FROM jobs WHERE account_id = ?' ).bind( tenant.accountId ).first();
		expect( jobs ).toEqual( { n: 50, reserved: 500 } );
		await expectLedgerConsistent( tenant.accountId );
	} );

	it( 'returns the same job for the same Idempotency-Key, charged once, even when raced', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		const headers = { ...asSite( site.apiKey ), 'Idempotency-Key': unique( 'idem' ) };
		const body = article();
		const responses = await Promise.all( Array.from( { length: 10 }, () => call<{ job: { id: string } }>( 'POST', '/api/v1/ai/jobs/', { headers, body } ) ) );
		expect( new Set( responses.map( ( response ) => response.body.data.job.id ) ).size ).toBe( 1 );
		expect( responses.filter( ( response ) => response.status === 202 ) ).toHaveLength( 1 );
		expect( ( await ledgerOf( tenant.accountId ) ).filter( ( row ) => row.kind === 'reserve' ) ).toHaveLength( 1 );
		expect( ( await accountMoney( tenant.accountId ) )?.credits ).toBe( 1990 );
	} );

	it( 'settles once when a queue message is delivered twice (in one batch and again later)', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		const job = ( await createJob( site.apiKey, { title: unique( 'Twice' ) } ) ).body.data.job;
		await runQueue( [ { type: 'job.run', job_id: job.id }, { type: 'job.run', job_id: job.id } ] );
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		await processJob( env, { type: 'job.run', job_id: job.id }, 2 );
		expect( ( await ledgerOf( tenant.accountId ) ).map( ( row ) => row.kind ) ).toEqual( [ 'grant', 'reserve', 'settle' ] );
		await expectLedgerConsistent( tenant.accountId );
	} );
} );

describe( 'buckets: allowance first, top-ups never expire', () => {
	it( 'spends the allowance before top-ups, says so per entry, and refunds top-ups first', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		await adjustCredits( { db: db() }, tenant.accountId, -1995, 'test: 5 allowance credits left' );
		const payment = unique( 'pay' );
		expect( await purchaseTopUp( { db: db() }, tenant.accountId, { credits: 100, paymentId: payment } ) ).toBe( true );
		expect( await purchaseTopUp( { db: db() }, tenant.accountId, { credits: 100, paymentId: payment } ) ).toBe( false ); // same payment again
		expect( await accountMoney( tenant.accountId ) ).toMatchObject( { credits: 105, allowance_credits: 5, topup_credits: 100 } );

		const job = ( await createJob( site.apiKey, { title: unique( 'Split' ) } ) ).body.data.job;
		const reserve = await env.DB.prepare( "SELECT allowance_amount, topup_amount FROM credit_ledger WHERE idempotency_key = ?" ).bind( `reserve:${ job.id }` ).first();
		expect( reserve ).toEqual( { allowance_amount: -5, topup_amount: -5 } );
		const transactions = await call<{ results: Array<{ kind: string; bucket: string; payment_id: string | null }> }>( 'GET', '/api/v1/billing/transactions/', { headers: asUser( tenant ) } );
		expect( transactions.body.data.results[ 0 ] ).toMatchObject( { kind: 'reserve', bucket: 'allowance+topup' } );
		expect( transactions.body.data.results[ 1 ] ).toMatchObject( { kind: 'grant', bucket: 'topup', payment_id: payment } );

		// The unused part goes back to the top-up bucket first: allowance spent, top-ups kept.
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		const charged = ( await env.DB.prepare( 'SELECT credits_charged AS n FROM jobs WHERE id = ?' ).bind( job.id ).first<{ n: number }>() )!.n;
		expect( await accountMoney( tenant.accountId ) ).toMatchObject( { credits: 105 - charged, allowance_credits: Math.max( 0, 5 - charged ), topup_credits: 100 - Math.max( 0, charged - 5 ) } );
		await expectLedgerConsistent( tenant.accountId );
	} );

	it( 'grants the monthly allowance exactly once per period, expiring only the allowance', async () => {
		const tenant = await registerTenant();
		await changePlan( { db: db() }, tenant.accountId, 'starter' );
		await purchaseTopUp( { db: db() }, tenant.accountId, { credits: 300, paymentId: unique( 'pay' ) } );
		const now = Date.now();
		// Sign-up already granted this period: nothing to do now.
		await grantMonthlyAllowances( { db: db() }, now );
		expect( await accountMoney( tenant.accountId ) ).toMatchObject( { credits: 2300, allowance_credits: 2000, topup_credits: 300 } );

		const nextMonth = new Date( now );
		nextMonth.setUTCMonth( nextMonth.getUTCMonth() + 1, 1 );
		const period = nextMonth.toISOString().slice( 0, 7 );
		// Overlapping cron runs and a later one: one grant.
		await Promise.all( [ grantMonthlyAllowances( { db: db() }, nextMonth.getTime() ), grantMonthlyAllowances( { db: db() }, nextMonth.getTime() ) ] );
		await grantMonthlyAllowances( { db: db() }, nextMonth.getTime() + 3600_000 );
		expect( await accountMoney( tenant.accountId ) ).toEqual( { credits: 5300, allowance_credits: 5000, topup_credits: 300, allowance_period: period } );
		const ledger = await ledgerOf( tenant.accountId );
		expect( ledger.slice( -2 ) ).toEqual( [
			expect.objectContaining( { kind: 'expire', amount: -2000, balance_after: 300 } ),
			expect.objectContaining( { kind: 'grant', amount: 5000, balance_after: 5300, idempotency_key: `allowance:${ tenant.accountId }:${ period }` } ),
		] );
		await expectLedgerConsistent( tenant.accountId );
	} );
} );

describe( 'per-site monthly caps', () => {
	it( 'lets only the owner cap a site, and refuses jobs over the cap with a clear 402', async () => {
		const owner = await registerTenant();
		const capped = await createSite( owner, 'capped' );
		const free = await createSite( owner, 'free' );
		const admin = await addUser( owner, 'admin' );
		expect( ( await call( 'PATCH', `/api/v1/auth/sites/${ capped.id }/`, { headers: asUser( admin ), body: { monthly_credit_cap: 15 } } ) ).status ).toBe( 403 );
		const set = await call( 'PATCH', `/api/v1/auth/sites/${ capped.id }/`, { headers: asUser( owner ), body: { monthly_credit_cap: 15 } } );
		expect( set.status ).toBe( 200 );
		expect( set.body.data ).toMatchObject( { monthly_credit_cap: 15 } );

		expect( ( await createJob( capped.apiKey, { title: unique( 'one' ) } ) ).status ).toBe( 202 );
		const over = await createJob( capped.apiKey, { title: unique( 'two' ) } );
		expect( over.status ).toBe( 402 );
		expect( over.body.error ).toBe( 'This site has reached its monthly limit: this job needs 10 credits, and 10 of the 15 credits the account owner allows it this month are used.' );
		expect( ( await createJob( free.apiKey, { title: unique( 'other site' ) } ) ).status ).toBe( 202 );
		const detail = await call<{ credits_used_this_month: number }>( 'GET', `/api/v1/auth/sites/${ capped.id }/`, { headers: asUser( owner ) } );
		expect( detail.body.data.credits_used_this_month ).toBe( 10 );
		await expectLedgerConsistent( owner.accountId );
	} );
} );
