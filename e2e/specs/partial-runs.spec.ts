/**
 * A bulk "Generate content" that runs out of credits part-way, in Chromium against the real
 * WordPress and Worker: a tenant of its own whose owner caps the site at 20 credits a month
 * (two articles' reservations), four tasks selected. The notice says how many started and how
 * many did not, the tasks not started keep their status with no job, and it offers "Buy credits"
 * and, once the started ones are done, "Retry the 2 not started" — which, after the owner raised
 * the cap, writes exactly those two. Connects the site itself; leaves it connected to the test
 * site of `npm test`.
 */
import { test, expect } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { registerVerifiedOwner } from '../lib/cloud-accounts';
import { collectConsoleErrors, wpEval, wpEvalJson } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const wpUrl = process.env.IGNY8_TEST_WP_URL ?? 'http://127.0.0.1:8898';

/** Connects the plugin with a site key (the same call the Settings screen makes). */
function connect( key: string ): void {
	const result = wpEval(
		`$r = ( new \\Igny8\\Cloud\\Connection() )->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( key ) } ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`
	);
	expect( result ).toBe( 'ok' );
}

/** Calls the Worker's API (portal user routes) and returns the envelope's data. */
async function cloud<T>( method: string, path: string, body: unknown, token?: string ): Promise<T> {
	const response = await fetch( `${ cloudUrl }${ path }`, {
		method,
		headers: { 'content-type': 'application/json', ...( token ? { authorization: `Bearer ${ token }` } : {} ) },
		body: JSON.stringify( body ),
	} );
	const envelope = ( await response.json() ) as { success: boolean; data: T; error?: string };
	expect( envelope.success, `${ method } ${ path }: ${ envelope.error ?? '' }` ).toBe( true );
	return envelope.data;
}

/** Status and job of each task, by title. */
function taskStates( titles: string[] ): Record<string, { status: string; job: string }> {
	return wpEvalJson(
		`$repo = new \\Igny8\\Storage\\Tasks_Repository(); $out = []; foreach ( json_decode( ${ JSON.stringify( JSON.stringify( titles ) ) }, true ) as $title ) { $t = $repo->query( [ 'search' => $title ] )['items'][0]; $out[ $title ] = [ 'status' => $t['status'], 'job' => (string) $t['job_id'] ]; } echo wp_json_encode( $out );`
	);
}

test( 'a bulk run that runs out of credits says how many started, leaves the rest not started and retries them', async ( { page } ) => {
	test.setTimeout( 240_000 );
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	const owner = await registerVerifiedOwner( {
		email: `partial-${ Date.now() }@igny8.test`,
		password: 'test-password-1',
		account_name: 'Partial Agency',
	} );
	const site = await cloud<{ site: { id: string }; api_key: string }>( 'POST', '/api/v1/auth/sites/', { name: 'Partial site', url: wpUrl }, owner.access );
	// An article reserves 10 credits: a cap of 20 lets two of the four start.
	await cloud( 'PATCH', `/api/v1/auth/sites/${ site.site.id }/`, { monthly_credit_cap: 20 }, owner.access );
	connect( site.api_key );
	const errors = collectConsoleErrors( page );
	try {
		const stamp = `Partial run ${ Date.now() }`;
		const titles = [ 'A', 'B', 'C', 'D' ].map( ( letter ) => `${ stamp } ${ letter }` );
		for ( const title of titles ) {
			wpEval( `( new \\Igny8\\Storage\\Tasks_Repository() )->insert( [ 'title' => ${ JSON.stringify( title ) }, 'brief' => 'Pacing on long climbs.', 'keywords' => [ 'trail running' ] ] );` );
		}
		await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=tasks' );
		await page.getByRole( 'searchbox', { name: 'Search tasks' } ).fill( stamp );
		for ( const title of titles ) {
			await page.getByRole( 'checkbox', { name: title, exact: true } ).check();
		}
		await page.getByRole( 'button', { name: 'Generate content', exact: true } ).click();
		await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Start', exact: true } ).click();

		const partial = page.locator( '.components-notice.is-warning', { hasText: /2 started, 2 not started/ } );
		await expect( partial ).toBeVisible();
		await expect( partial.getByRole( 'link', { name: 'Buy credits' } ) ).toHaveAttribute( 'href', /page=igny8-credits/ );
		await page.screenshot( { path: screenshotPath( 'writer-partial-run' ), fullPage: true } );

		// The two not started keep their status, with no job; no failure was invented for them.
		const before = taskStates( titles );
		const notStarted = titles.filter( ( title ) => before[ title ]?.job === '' );
		expect( notStarted ).toHaveLength( 2 );
		for ( const title of notStarted ) {
			expect( before[ title ]?.status ).toBe( 'queued' );
		}

		// Once the started ones are written, the notice offers to retry the rest.
		const retry = partial.getByRole( 'button', { name: 'Retry the 2 not started' } );
		await expect( retry ).toBeVisible( { timeout: 120_000 } );
		// The owner lifts the cap (buying credits would do the same), then the retry prices and starts only those two.
		await cloud( 'PATCH', `/api/v1/auth/sites/${ site.site.id }/`, { monthly_credit_cap: null }, owner.access );
		await retry.click();
		const modal = page.getByRole( 'dialog' );
		await expect( modal.getByText( 'Write the drafts of 2 tasks.' ) ).toBeVisible();
		await modal.getByRole( 'button', { name: 'Start', exact: true } ).click();
		await expect( page.locator( '.components-notice.is-success', { hasText: /Generate content finished \(2 jobs\)/ } ) ).toBeVisible( { timeout: 120_000 } );
		await expect( page.locator( '.components-notice.is-warning', { hasText: /not started/ } ) ).toHaveCount( 0 );

		const after = taskStates( titles );
		for ( const title of titles ) {
			expect( after[ title ]?.status, title ).toBe( 'completed' );
		}
		expect( errors ).toEqual( [] );
	} finally {
		connect( siteKey );
	}
} );
