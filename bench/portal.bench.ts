/**
 * Portal benchmarks (issue "Agency billing portal on the Worker"), against the real
 * `wrangler dev` (workerd, local D1):
 * 1. Page time: each signed-in portal page (session lookup + its D1 reads + server-side JSX,
 *    the usage page with its SVG charts) as a ratio to the bare liveness route GET /api/v1/
 *    measured in the same run, requests alternating. Target ≤ 3× per page.
 * 2. Page weight: bytes transferred for a first visit of each page — the HTML plus the
 *    stylesheet and script it loads (uncompressed, so the figure is an upper bound of what
 *    Cloudflare sends compressed). Target ≤ 30 KB per page.
 * The account has a site, finished jobs and ledger rows, so the pages render real tables.
 * 3. The same for the pages that grow with an account (usage, overview, sites) at the top of the
 *    Agency plan: 50 sites and a year of finished jobs (bench/big-account.ts).
 */
import { median, type Benchmark, type BenchContext, type BenchResult } from './harness.ts';
import { BIG_DAYS, BIG_SITES, seedBigAccount } from './big-account.ts';

const SAMPLES = 60;
const WARMUP = 10;
const JOBS = 6;
const PAGES = [ '/portal/overview', '/portal/sites', '/portal/usage', '/portal/transactions', '/portal/billing', '/portal/account' ];

let ipCounter = 0;
/**
 * Every portal request counts against the per-IP limiter (300/min); wrangler dev passes the
 * CF-Connecting-IP header through, so each sample gets its own address. The limiter still
 * runs on every request, so its cost stays in the figure.
 */
const freshIp = () => `10.${ ( ipCounter >> 16 ) & 255 }.${ ( ipCounter >> 8 ) & 255 }.${ ipCounter++ & 255 }`;

/** Signs the bench tenant in through the portal's own login form; returns the Cookie header. */
async function signIn( base: string, email: string, password: string ): Promise<string> {
	const form = await fetch( `${ base }/portal/login`, { headers: { 'CF-Connecting-IP': freshIp() } } );
	const pre = form.headers.getSetCookie().map( ( cookie ) => cookie.split( ';' )[ 0 ] ).join( '; ' );
	const token = /name="_csrf" value="([^"]+)"/.exec( await form.text() )?.[ 1 ] ?? '';
	const login = await fetch( `${ base }/portal/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { Cookie: pre, 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': freshIp() },
		body: new URLSearchParams( { _csrf: token, email, password } ).toString(),
	} );
	const session = login.headers.getSetCookie().find( ( cookie ) => cookie.startsWith( 'igny8_session=' ) );
	if ( login.status !== 303 || ! session ) throw new Error( `portal login failed: HTTP ${ login.status }` );
	return session.split( ';' )[ 0 ] ?? '';
}

/** Gives the account finished jobs (the worker's queue consumer runs them on the fake model). */
async function seedUsage( base: string, apiKey: string ): Promise<void> {
	const ids: string[] = [];
	for ( let i = 0; i < JOBS; i++ ) {
		const response = await fetch( `${ base }/api/v1/ai/jobs/`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-IGNY8-API-Key': apiKey }, body: JSON.stringify( { function: 'generate_content', input: { title: `Portal bench ${ i }`, keywords: [ 'bench' ] } } ) } );
		ids.push( ( ( await response.json() ) as { data: { job: { id: string } } } ).data.job.id );
	}
	const deadline = Date.now() + 120_000;
	for ( const id of ids ) {
		for ( ;; ) {
			const job = ( ( await ( await fetch( `${ base }/api/v1/ai/jobs/${ id }/`, { headers: { 'X-IGNY8-API-Key': apiKey } } ) ).json() ) as { data: { status: string } } ).data;
			if ( job.status === 'completed' || job.status === 'failed' ) break;
			if ( Date.now() > deadline ) throw new Error( `job ${ id } did not finish` );
			await new Promise( ( resolve ) => setTimeout( resolve, 250 ) );
		}
	}
}

async function timed( url: string, headers: Record<string, string> = {} ): Promise<{ ms: number; bytes: number }> {
	const start = performance.now();
	const response = await fetch( url, { headers, redirect: 'manual' } );
	const body = await response.arrayBuffer();
	const ms = performance.now() - start;
	if ( response.status !== 200 ) throw new Error( `${ url }: expected HTTP 200, got ${ response.status }` );
	return { ms, bytes: body.byteLength };
}

async function portalPages( context: BenchContext ): Promise<BenchResult[]> {
	const base = await context.worker();
	const tenant = await context.tenant();
	await seedUsage( base, tenant.apiKey );
	const cookie = await signIn( base, tenant.email, tenant.password );
	const page = ( path: string ) => timed( `${ base }${ path }`, { Cookie: cookie, 'CF-Connecting-IP': freshIp() } );
	const bare = () => timed( `${ base }/api/v1/` );

	// The stylesheet and script every page links (read from a page, as a browser would).
	const shell = await ( await fetch( `${ base }/portal/overview`, { headers: { Cookie: cookie, 'CF-Connecting-IP': freshIp() } } ) ).text();
	const assets = [ ...shell.matchAll( /(?:href|src)="(\/portal\/assets\/[^"]+)"/g ) ].map( ( match ) => match[ 1 ] ?? '' );
	if ( assets.length !== 2 ) throw new Error( `expected a stylesheet and a script, found ${ assets.join( ', ' ) }` );
	let assetBytes = 0;
	for ( const asset of assets ) assetBytes += ( await page( asset ) ).bytes;

	const results: BenchResult[] = [];
	let worstRatio = 0;
	let heaviest = 0;
	// The site's own page (usage, delivery health, its posts) beside the fixed pages.
	const pages = [ ...PAGES, `/portal/sites/${ tenant.siteId }` ];
	for ( const path of pages ) {
		for ( let i = 0; i < WARMUP; i++ ) {
			await page( path );
			await bare();
		}
		const pageTimes: number[] = [];
		const bareTimes: number[] = [];
		let bytes = 0;
		for ( let i = 0; i < SAMPLES; i++ ) {
			const sample = await page( path );
			pageTimes.push( sample.ms );
			bytes = sample.bytes;
			bareTimes.push( ( await bare() ).ms );
		}
		const ratio = median( pageTimes ) / median( bareTimes );
		const total = ( bytes + assetBytes ) / 1024;
		worstRatio = Math.max( worstRatio, ratio );
		heaviest = Math.max( heaviest, total );
		results.push(
			{ name: `${ path } / bare route`, value: ratio, unit: '×', detail: `median ${ median( pageTimes ).toFixed( 2 ) } ms vs ${ median( bareTimes ).toFixed( 2 ) } ms, ${ SAMPLES } alternating samples`, target: 3 },
			{ name: `${ path } transferred`, value: total, unit: 'KB', detail: `HTML ${ ( bytes / 1024 ).toFixed( 1 ) } KB + CSS/JS ${ ( assetBytes / 1024 ).toFixed( 1 ) } KB (first visit, uncompressed)`, target: 30 }
		);
	}
	results.push(
		{ name: 'slowest portal page / bare route', value: worstRatio, unit: '×', detail: `${ pages.length } pages`, target: 3 },
		{ name: 'heaviest portal page, transferred', value: heaviest, unit: 'KB', detail: 'HTML + CSS + JS, uncompressed', target: 30 }
	);
	results.push( ...( await bigAccountPages( context, base, bare, assetBytes ) ) );
	return results;
}

/** The pages that grow with the account, for an agency with 50 sites and a year of jobs. */
async function bigAccountPages( context: BenchContext, base: string, bare: () => Promise<{ ms: number }>, assetBytes: number ): Promise<BenchResult[]> {
	const tenant = await context.tenant();
	await seedBigAccount( context.config, tenant.siteId );
	const cookie = await signIn( base, tenant.email, tenant.password );
	const page = ( path: string ) => timed( `${ base }${ path }`, { Cookie: cookie, 'CF-Connecting-IP': freshIp() } );
	const results: BenchResult[] = [];
	for ( const path of [ '/portal/usage?days=90', '/portal/usage?days=30', '/portal/overview', '/portal/sites' ] ) {
		for ( let i = 0; i < WARMUP; i++ ) await page( path );
		const pageTimes: number[] = [];
		const bareTimes: number[] = [];
		let bytes = 0;
		for ( let i = 0; i < SAMPLES / 2; i++ ) {
			const sample = await page( path );
			pageTimes.push( sample.ms );
			bytes = sample.bytes;
			bareTimes.push( ( await bare() ).ms );
		}
		results.push(
			{ name: `${ BIG_SITES } sites, ${ BIG_DAYS } days of jobs: ${ path } / bare route`, value: median( pageTimes ) / median( bareTimes ), unit: '×', detail: `median ${ median( pageTimes ).toFixed( 2 ) } ms vs ${ median( bareTimes ).toFixed( 2 ) } ms`, target: 3 },
			{ name: `${ BIG_SITES } sites, ${ BIG_DAYS } days of jobs: ${ path } transferred`, value: ( bytes + assetBytes ) / 1024, unit: 'KB', detail: `HTML ${ ( bytes / 1024 ).toFixed( 1 ) } KB + CSS/JS`, target: 30 }
		);
	}
	return results;
}

export default {
	name: 'Portal: page time vs bare route, page weight',
	run: portalPages,
} satisfies Benchmark;
