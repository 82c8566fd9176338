/**
 * Every generate_content reply of the corpus through the real path: WP REST → Worker →
 * queue → the fake model (a test double, answering with the fixture's recorded reply) →
 * signed delivery → a WordPress post. An "ok" fixture's post is opened on the front end,
 * logged out, in Chromium with a trap installed before any page script: nothing may
 * trip it, no request may leave for a host the fixture does not allow, and the fixture's
 * text must be visible. A "fail" fixture's job must end failed with its reason and write
 * no post. The spec runs on its own account (topped up through the signed Stripe webhook)
 * so its few hundred reservations do not touch the other specs' balance.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import { createHmac, randomUUID } from 'node:crypto';
import { LOCAL_STRIPE_WEBHOOK_SECRET } from '../../scripts/lib/local-stripe';
import { registerVerifiedOwner } from '../lib/cloud-accounts';
import { fixtureBrief, installTrap, loadFixtures, localJobs, phpValue, wpRestBatch, type LocalJob, type ReplyFixture } from '../lib/corpus';
import { wpEvalJson } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const wpUrl = process.env.IGNY8_TEST_WP_URL ?? 'http://127.0.0.1:8898';
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET || LOCAL_STRIPE_WEBHOOK_SECRET;
const fixtures = loadFixtures( 'generate_content' );
const RESERVE_PER_ARTICLE = 10;
const PACK = { id: 'credits-5000', credits: 5000, amount: 2500, currency: 'usd' };
/** Tasks per generate_content call (the route's own limit). */
const GENERATE_BATCH = 20;
/** Pages open at once: the test WordPress serves four requests at a time. */
const PAGES_AT_ONCE = 4;

/** A Worker API call; returns the envelope's data or throws its error. */
async function cloud<T>( method: string, path: string, body?: unknown, headers: Record<string, string> = {} ): Promise<T> {
	const response = await fetch( `${ cloudUrl }${ path }`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify( body ) } );
	const envelope = ( await response.json() ) as { success: boolean; data: T; error?: string };
	if ( ! response.ok || ! envelope.success ) throw new Error( `${ method } ${ path } → ${ response.status }: ${ envelope.error }` );
	return envelope.data;
}

/** A fresh account and site for this spec, with credits for every fixture, connected to WordPress. */
async function connectFundedAccount(): Promise<void> {
	const email = `corpus-${ randomUUID() }@igny8.test`;
	const { access } = await registerVerifiedOwner( { email, password: 'corpus-password-1', account_name: 'Corpus Agency' } );
	const auth = { authorization: `Bearer ${ access }` };
	const me = await cloud<{ account: { id: string } }>( 'GET', '/api/v1/auth/me/', undefined, auth );
	const site = await cloud<{ api_key: string }>( 'POST', '/api/v1/auth/sites/', { name: 'Corpus site', url: wpUrl }, auth );
	const balance = async () => ( await cloud<{ credits: number }>( 'GET', '/api/v1/billing/balance/', undefined, { 'X-IGNY8-API-Key': site.api_key } ) ).credits;
	while ( ( await balance() ) < fixtures.length * RESERVE_PER_ARTICLE ) {
		const id = randomUUID().replace( /-/g, '' );
		const payload = JSON.stringify( {
			id: `evt_corpus_${ id }`,
			object: 'event',
			type: 'checkout.session.completed',
			data: { object: { id: `cs_corpus_${ id }`, object: 'checkout.session', payment_status: 'paid', amount_total: PACK.amount, currency: PACK.currency, client_reference_id: me.account.id, metadata: { account_id: me.account.id, kind: 'topup', pack: PACK.id } } },
		} );
		const timestamp = Math.floor( Date.now() / 1000 );
		const signature = createHmac( 'sha256', webhookSecret ).update( `${ timestamp }.${ payload }` ).digest( 'hex' );
		const granted = await fetch( `${ cloudUrl }/api/v1/billing/stripe/webhook/`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Stripe-Signature': `t=${ timestamp },v1=${ signature }` }, body: payload } );
		expect( granted.status, await granted.text() ).toBe( 200 );
	}
	const [ connected ] = wpRestBatch( [ { method: 'POST', route: '/igny8/v1/system/connection', body: { cloud_url: cloudUrl, api_key: site.api_key } } ] );
	expect( connected!.status, JSON.stringify( connected ) ).toBe( 200 );
}

/** Creates one task per fixture and starts generate_content for all; returns fixture id → task and job. */
function startJobs(): Map<string, { taskId: number; jobId: string }> {
	const created = wpRestBatch( fixtures.map( ( fixture ) => ( { method: 'POST', route: '/igny8/v1/writer/tasks', body: { title: `Corpus ${ fixture.id }`, brief: fixtureBrief( fixture.id ) } } ) ) );
	const taskIds = created.map( ( response, index ) => {
		expect( response.status, `task for ${ fixtures[ index ]!.id }: ${ JSON.stringify( response.data ) }` ).toBe( 201 );
		return ( response.data as { id: number } ).id;
	} );
	const batches = [];
	for ( let start = 0; start < taskIds.length; start += GENERATE_BATCH ) batches.push( { method: 'POST', route: '/igny8/v1/writer/tasks/generate_content', body: { ids: taskIds.slice( start, start + GENERATE_BATCH ) } } );
	const byTask = new Map<number, string>();
	for ( const response of wpRestBatch( batches ) ) {
		expect( response.status, JSON.stringify( response.data ) ).toBe( 202 );
		for ( const job of ( response.data as { jobs: Array<{ task_id: number; job_id: string }> } ).jobs ) byTask.set( job.task_id, job.job_id );
	}
	return new Map( fixtures.map( ( fixture, index ) => [ fixture.id, { taskId: taskIds[ index ]!, jobId: byTask.get( taskIds[ index ]! ) ?? '' } ] ) );
}

/** Polls WordPress's job rows until every job is failed or applied as a post (or time runs out). */
async function waitForJobs( jobIds: string[], timeoutMs: number ): Promise<Map<string, LocalJob>> {
	const deadline = Date.now() + timeoutMs;
	for ( ;; ) {
		const rows = new Map( localJobs( jobIds ).map( ( row ) => [ row.job_id, row ] ) );
		const open = jobIds.filter( ( id ) => ! ( rows.get( id )?.status === 'failed' || rows.get( id )?.applied_at ) );
		if ( open.length === 0 || Date.now() > deadline ) return rows;
		await new Promise( ( resolve ) => setTimeout( resolve, 2_000 ) );
	}
}

/** What went wrong for one "ok" fixture's post on the front end (empty when nothing did). */
async function frontEndProblems( page: Page, url: string, fixture: ReplyFixture, blocked: string[] ): Promise<string[]> {
	const problems: string[] = [];
	const logged: string[] = [];
	page.on( 'console', ( message ) => logged.push( message.text() ) );
	page.on( 'dialog', ( dialog ) => {
		problems.push( `a ${ dialog.type() } dialog opened: ${ dialog.message() }` );
		void dialog.dismiss();
	} );
	const response = await page.goto( url, { waitUntil: 'networkidle' } );
	for ( const frame of page.frames() ) {
		const hits = await frame.evaluate( () => ( window as unknown as { __igny8Trap?: string[] } ).__igny8Trap ?? [] ).catch( () => [] );
		problems.push( ...hits.map( ( hit ) => `the trap fired in ${ frame.url() }: ${ hit }` ) );
	}
	problems.push( ...logged.filter( ( line ) => /xss|pwned/i.test( line ) ).map( ( line ) => `console: ${ line }` ) );
	problems.push( ...blocked.map( ( request ) => `a request left for another host: ${ request }` ) );
	// A reader opens a collapsed <details> with one click; its text counts as shown.
	await page.locator( 'details' ).evaluateAll( ( all ) => all.forEach( ( element ) => element.setAttribute( 'open', '' ) ) );
	const shown = `(HTTP ${ response?.status() }, "${ await page.title() }")`;
	for ( const text of fixture.expect.text ?? [] ) {
		if ( ! ( await page.getByText( text ).first().isVisible().catch( () => false ) ) ) problems.push( `text not visible: ${ JSON.stringify( text ) } ${ shown }` );
	}
	return problems;
}

/** Opens each post logged out, a few at a time in one context; returns the problems per fixture. */
async function checkFrontEnd( browser: Browser, posts: Array<{ fixture: ReplyFixture; url: string }> ): Promise<string[]> {
	const context = await browser.newContext( { baseURL: wpUrl, storageState: { cookies: [], origins: [] } } );
	await context.addInitScript( installTrap );
	const site = new URL( wpUrl );
	const fixtureOf = new Map<Page, { fixture: ReplyFixture; blocked: string[] }>();
	await context.route( '**/*', async ( route ) => {
		const url = new URL( route.request().url() );
		if ( url.host === site.host ) return route.continue();
		let owner: { fixture: ReplyFixture; blocked: string[] } | undefined;
		try {
			owner = fixtureOf.get( route.request().frame().page() );
		} catch {
			// A request without a frame (a service worker's): nobody's allowance covers it.
		}
		const allowed = owner?.fixture.expect.hosts?.some( ( host ) => url.hostname === host || url.hostname.endsWith( `.${ host }` ) );
		if ( ! allowed ) ( owner?.blocked ?? [] ).push( url.href );
		// Allowed or not, nothing leaves this machine.
		return route.abort( 'blockedbyclient' );
	} );
	const problems: string[] = [];
	const queue = [ ...posts ];
	await Promise.all(
		Array.from( { length: PAGES_AT_ONCE }, async () => {
			for ( let next = queue.shift(); next; next = queue.shift() ) {
				const page = await context.newPage();
				const blocked: string[] = [];
				fixtureOf.set( page, { fixture: next.fixture, blocked } );
				const found = await frontEndProblems( page, next.url, next.fixture, blocked ).catch( ( error: Error ) => [ `the page failed: ${ error.message }` ] );
				problems.push( ...found.map( ( problem ) => `${ next!.fixture.id }: ${ problem }` ) );
				await page.close();
			}
		} )
	);
	await context.close();
	return problems;
}

test.describe.configure( { mode: 'serial' } );

test.afterAll( () => {
	// The other specs expect the stack's own account.
	wpRestBatch( [ { method: 'POST', route: '/igny8/v1/system/connection', body: { cloud_url: cloudUrl, api_key: siteKey } } ] );
} );

test( 'every generate_content reply of the corpus becomes a safe post or a failed job with its reason', async ( { browser } ) => {
	test.setTimeout( 15 * 60_000 );
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	expect( fixtures.length, 'the corpus has generate_content fixtures' ).toBeGreaterThan( 0 );
	await connectFundedAccount();
	const started = Date.now();
	const jobOf = startJobs();
	const rows = await waitForJobs( [ ...jobOf.values() ].map( ( started ) => started.jobId ), 5 * 60_000 );
	const settledIn = Date.now() - started;

	const problems: string[] = [];
	const posts: Array<{ fixture: ReplyFixture; postId: number }> = [];
	for ( const fixture of fixtures ) {
		const row = rows.get( jobOf.get( fixture.id )?.jobId ?? '' );
		const postId = Number( row?.post_id ?? 0 );
		if ( fixture.expect.outcome === 'fail' ) {
			if ( row?.status !== 'failed' ) problems.push( `${ fixture.id }: the job should have failed, it is ${ row?.status ?? 'missing' }` );
			else if ( ! ( row.error ?? '' ).includes( fixture.expect.error ?? '' ) ) problems.push( `${ fixture.id }: the error ${ JSON.stringify( row.error ) } lacks ${ JSON.stringify( fixture.expect.error ) }` );
			if ( postId > 0 ) problems.push( `${ fixture.id }: a failed job wrote post ${ postId }` );
		} else if ( ! row?.applied_at || postId === 0 ) {
			problems.push( `${ fixture.id }: no post; the job is ${ row?.status ?? 'missing' }${ row?.error ? ` (${ row.error })` : '' }` );
		} else {
			posts.push( { fixture, postId } );
		}
	}
	// No post anywhere carries a failed fixture's task (an applied half-result would); -1, no task's id, keeps the list non-empty.
	const failedTasks = fixtures.filter( ( fixture ) => fixture.expect.outcome === 'fail' ).map( ( fixture ) => String( jobOf.get( fixture.id )?.taskId ) );
	const strays = wpEvalJson<string[]>( `
		global $wpdb;
		$tasks = ${ phpValue( [ '-1', ...failedTasks ] ) };
		$in    = implode( ',', array_fill( 0, count( $tasks ), '%s' ) );
		echo wp_json_encode( $wpdb->get_col( $wpdb->prepare( "SELECT meta_value FROM {$wpdb->postmeta} WHERE meta_key = '_igny8_task_id' AND meta_value IN ( $in )", $tasks ) ) );
	` );
	problems.push( ...strays.map( ( task ) => `task ${ task } of a failing fixture has a post` ) );

	// Published so a logged-out visitor sees them as the theme renders them. wp_publish_post leaves
	// a draft's empty slug (its permalink would be the home page) and, unlike wp_update_post, does
	// not filter the content again, which would hide what the delivery wrote.
	const urls = wpEvalJson<Record<string, string>>( `
		global $wpdb;
		$urls = array();
		foreach ( ${ phpValue( posts.map( ( post ) => post.postId ) ) } as $id ) {
			$wpdb->update( $wpdb->posts, array( 'post_name' => 'corpus-' . $id ), array( 'ID' => $id ) );
			clean_post_cache( $id );
			wp_publish_post( $id );
			$urls[ $id ] = get_permalink( $id );
		}
		echo wp_json_encode( (object) $urls );
	` );
	const viewed = Date.now();
	problems.push( ...( await checkFrontEnd( browser, posts.map( ( post ) => ( { fixture: post.fixture, url: urls[ post.postId ] ?? '' } ) ) ) ) );
	console.log( JSON.stringify( { fixtures: fixtures.length, posts: posts.length, jobs_settled_ms: settledIn, front_end_ms: Date.now() - viewed } ) );

	// The Writer screens' specs expect their own tasks, not two hundred of these.
	wpEvalJson( `foreach ( ${ phpValue( posts.map( ( post ) => post.postId ) ) } as $id ) { wp_delete_post( $id, true ); } echo '[]';` );
	wpRestBatch( [ ...jobOf.values() ].map( ( { taskId } ) => ( { method: 'DELETE', route: `/igny8/v1/writer/tasks/${ taskId }` } ) ) );
	expect( problems ).toEqual( [] );
} );
