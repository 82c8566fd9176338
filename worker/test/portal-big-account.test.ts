/**
 * An agency with many sites: the Sites list pages by 20 (plain links, no script), the usage page and
 * the overview list the sites that used most and say how many there are, the usage CSV has every one.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client';
import { createSite } from '../src/services/sites';
import { signUp } from './portal-helpers';

const SITES = 25;

/** 25 sites (past the plan's limit, as an operator's import would be) and one finished job each, site n charged n credits. */
async function bigAccount() {
	const signedUp = await signUp();
	const db = createDb( env.DB );
	const ids: string[] = [];
	for ( let n = 1; n <= SITES; n++ ) {
		const created = await createSite( { db, encryptionKey: env.ENCRYPTION_KEY }, signedUp.accountId, { name: `Client ${ String( n ).padStart( 2, '0' ) }`, url: `https://client-${ n }.example` } );
		ids.push( created!.site.id );
	}
	const now = Date.now();
	await env.DB.batch(
		ids.map( ( siteId, index ) =>
			env.DB.prepare(
				`INSERT INTO jobs (id, site_id, account_id, function, status, progress, step, input, credits_reserved, credits_charged, tokens_in, tokens_out, created_at, updated_at, completed_at)
				 VALUES (?, ?, ?, 'generate_ideas', 'completed', 100, 'done', '{}', ?4, ?4, 10, 20, ?5, ?5, ?5)`
			).bind( crypto.randomUUID(), siteId, signedUp.accountId, index + 1, now )
		)
	);
	return { ...signedUp, ids };
}

describe( 'an agency with many sites', () => {
	it( 'pages the Sites list by 20 with links, and lists the heaviest sites on usage and overview', async () => {
		const { browser } = await bigAccount();
		const first = await browser.get( '/portal/sites' );
		expect( first.status ).toBe( 200 );
		expect( first.html.match( /<a href="\/portal\/sites\/[^"]+">Client \d\d<\/a>/g ) ).toHaveLength( 20 );
		// Newest first: Client 25 down to Client 06; each row has its own usage this month.
		expect( first.html ).toMatch( /Client 25<\/a>[\s\S]*Client 06<\/a>/ );
		expect( first.html ).not.toContain( 'Client 05</a>' );
		expect( first.html ).toContain( 'Your sites (1–20 of 25)' );
		expect( first.html ).toContain( '<nav class="pager" aria-label="Sites pages">' );
		expect( first.html ).toContain( '<a href="/portal/sites?page=2" rel="next">Older sites →</a>' );
		expect( first.html ).toContain( '25 of 3 sites on the Free trial plan.' );

		const second = await browser.get( '/portal/sites?page=2' );
		expect( second.html.match( /<a href="\/portal\/sites\/[^"]+">Client \d\d<\/a>/g ) ).toEqual( [ 'Client 05', 'Client 04', 'Client 03', 'Client 02', 'Client 01' ].map( ( name ) => expect.stringContaining( name ) ) );
		expect( second.html ).toContain( '<a href="/portal/sites?page=1" rel="prev">← Newer sites</a>' );
		expect( second.html ).not.toContain( 'rel="next"' );
		// Client 03's row: 1 job, 3 credits this month.
		expect( second.html ).toMatch( /Client 03<\/a>[\s\S]*?<td class="n">1<\/td><td class="n">3<\/td>/ );
		// Out of range or nonsense: a way back, never an error.
		expect( ( await browser.get( '/portal/sites?page=9' ) ).html ).toContain( 'There are no sites on this page.' );
		expect( ( await browser.get( '/portal/sites?page=x' ) ).html ).toContain( 'Your sites (1–20 of 25)' );

		const usage = await browser.get( '/portal/usage' );
		expect( usage.html ).toContain( 'The 10 sites that used most (of 25)' );
		expect( usage.html ).toMatch( /Client 25<\/th>[\s\S]*Client 16<\/th>/ );
		expect( usage.html ).not.toContain( 'Client 15</th>' );
		expect( usage.html ).toContain( 'href="/portal/usage.csv?days=30">CSV for these 30 days</a>' );
		// The totals still count every site: 1 + 2 + … + 25 credits.
		expect( usage.html ).toContain( '<strong>325 credits</strong>' );
		const csv = ( await browser.get( '/portal/usage.csv?days=30' ) ).html.trim().split( '\r\n' );
		expect( csv.filter( ( line ) => line.startsWith( 'site,' ) ) ).toHaveLength( SITES );

		const overview = await browser.get( '/portal/overview' );
		expect( overview.html ).toContain( 'The 10 sites that used most this month' );
		expect( overview.html ).toContain( '<b>325 credits</b>' );
		expect( overview.html ).toContain( '25 sites used credits this month' );
		expect( overview.html ).not.toContain( '<td>Client 15</td>' );
	} );
} );
