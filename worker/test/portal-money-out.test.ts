/**
 * Money out: the whole ledger as CSV — every entry, the site by name, formula-safe for spreadsheets
 * (a site called "=HYPERLINK(…)" stays text) — for any member of the account and no one else.
 */
import { describe, expect, it } from 'vitest';
import { ledgerOf, createJob, runQueue, unique } from './helpers';
import { addSite, inviteMember, signUp } from './portal-helpers';

/** RFC 4180 lines into fields (quoted fields may hold commas and doubled quotes). */
const parseCsv = ( text: string ) =>
	text
		.trimEnd()
		.split( '\r\n' )
		.map( ( line ) => [ ...line.matchAll( /("(?:[^"]|"")*"|[^,]*)(,|$)/g ) ].slice( 0, -1 ).map( ( [ , field ] ) => ( field!.startsWith( '"' ) ? field!.slice( 1, -1 ).replace( /""/g, '"' ) : field! ) ) );

describe( 'transactions CSV', () => {
	it( 'exports every ledger entry, formula-safe, to the account’s members only', async () => {
		const { browser, accountId } = await signUp();
		const site = await addSite( browser, '=HYPERLINK("http://evil.example","x")' );
		const job = ( await createJob( site.apiKey, { title: unique( 'Exported' ) } ) ).body.data.job;
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		const ledger = await ledgerOf( accountId );

		const page = await browser.get( '/portal/transactions' );
		expect( page.html ).toContain( 'href="/portal/transactions.csv"' );
		const csv = await browser.get( '/portal/transactions.csv' );
		expect( csv.status ).toBe( 200 );
		expect( csv.headers.get( 'Content-Type' ) ).toBe( 'text/csv; charset=utf-8' );
		expect( csv.headers.get( 'Content-Disposition' ) ).toMatch( /^attachment; filename="igny8-transactions-\d{4}-\d{2}-\d{2}\.csv"$/ );
		const rows = parseCsv( csv.html );
		expect( rows[ 0 ] ).toEqual( [ 'created_at', 'kind', 'credits', 'allowance_credits', 'topup_credits', 'balance_after', 'site', 'job_id', 'payment_id', 'description' ] );
		expect( rows ).toHaveLength( ledger.length + 1 );
		// Newest first, the same amounts as the ledger.
		expect( rows.slice( 1 ).map( ( row ) => [ row[ 1 ], Number( row[ 2 ] ), Number( row[ 5 ] ) ] ) ).toEqual( [ ...ledger ].reverse().map( ( row ) => [ row.kind, row.amount, row.balance_after ] ) );
		const reserve = rows.find( ( row ) => row[ 1 ] === 'reserve' )!;
		expect( reserve[ 6 ] ).toBe( '\'=HYPERLINK("http://evil.example","x")' );
		expect( reserve[ 7 ] ).toBe( job.id );
		expect( csv.html ).not.toMatch( /(^|,)=HYPERLINK/m );
		expect( Number( reserve[ 2 ] ) ).toBeLessThan( 0 ); // numbers stay numbers

		const { browser: viewer } = await inviteMember( browser, 'viewer' );
		expect( parseCsv( ( await viewer.get( '/portal/transactions.csv' ) ).html ) ).toHaveLength( ledger.length + 1 );
		const stranger = await signUp();
		const theirs = parseCsv( ( await stranger.browser.get( '/portal/transactions.csv' ) ).html );
		expect( theirs ).toHaveLength( 2 ); // header and their own trial grant
		expect( theirs.flat().join( ',' ) ).not.toContain( job.id );
	} );
} );
