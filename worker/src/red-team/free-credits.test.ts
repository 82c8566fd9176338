/**
 * Red team: farming free-trial credits with scripted sign-ups. Sign-up needs a Turnstile token
 * that siteverify accepts (the Turnstile test double answers as Cloudflare does for its test
 * secret keys), and the trial credits wait for the emailed link (the local mailbox, a
 * development stand-in, receives it).
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, ledgerOf, linkTokenFor, mailTo, TURNSTILE_DUMMY_TOKEN, unique } from '../../test/helpers';
import { Browser, PASSWORD } from '../../test/portal-helpers';

const signUpBody = ( email: string, token?: string ) => ( { email, password: 'correct horse battery', account_name: 'Farm', ...( token === undefined ? {} : { turnstile_token: token } ) } );
const userRow = ( email: string ) => env.DB.prepare( 'SELECT u.id, u.email_verified_at, a.id AS account_id, a.credits FROM users u JOIN accounts a ON a.id = u.account_id WHERE u.email = ?' ).bind( email ).first<{ id: string; email_verified_at: number | null; account_id: string; credits: number }>();

describe( 'red team: free credits', () => {
	it( 'a scripted sign-up without the Turnstile check is refused and creates nothing', async () => {
		const email = `${ unique( 'bot' ) }@igny8.test`;
		const response = await call( 'POST', '/api/v1/auth/register/', { body: signUpBody( email ) } );
		expect( response.status ).toBe( 400 );
		expect( response.body.errors?.turnstile_token?.[ 0 ] ).toMatch( /not a robot/ );
		expect( await userRow( email ) ).toBeNull();
	} );

	it( 'a token siteverify rejects, or one already spent, is refused', async () => {
		const email = `${ unique( 'bot' ) }@igny8.test`;
		const failed = await call( 'POST', '/api/v1/auth/register/', { body: signUpBody( email, TURNSTILE_DUMMY_TOKEN ), env: { TURNSTILE_SECRET_KEY: '2x0000000000000000000000000000000AA' } } );
		expect( failed.status ).toBe( 400 );
		const spent = await call( 'POST', '/api/v1/auth/register/', { body: signUpBody( email, TURNSTILE_DUMMY_TOKEN ), env: { TURNSTILE_SECRET_KEY: '3x0000000000000000000000000000000AA' } } );
		expect( spent.status ).toBe( 400 );
		expect( spent.body.error ).toMatch( /already used/ );
		// Without a secret, sign-up is closed rather than open.
		const unconfigured = await call( 'POST', '/api/v1/auth/register/', { body: signUpBody( email, TURNSTILE_DUMMY_TOKEN ), env: { TURNSTILE_SECRET_KEY: undefined } } );
		expect( unconfigured.status ).toBe( 503 );
		expect( await userRow( email ) ).toBeNull();
	} );

	it( 'a new account holds no credits until the emailed link is followed, and the link pays once', async () => {
		const email = `${ unique( 'owner' ) }@igny8.test`;
		const created = await call<{ account: { id: string }; email_verified: boolean }>( 'POST', '/api/v1/auth/register/', { body: signUpBody( email, TURNSTILE_DUMMY_TOKEN ) } );
		expect( created.status ).toBe( 201 );
		expect( created.body.data.email_verified ).toBe( false );
		expect( created.body.message ).toMatch( /Follow the link we emailed/ );
		const accountId = created.body.data.account.id;
		expect( await ledgerOf( accountId ) ).toEqual( [] );
		expect( ( await userRow( email ) )?.credits ).toBe( 0 );

		const [ mail ] = await mailTo( email );
		expect( mail?.subject ).toMatch( /Confirm your email/ );
		const token = await linkTokenFor( email, '/portal/verify-email/' );
		const stored = await env.DB.prepare( 'SELECT token_hash FROM email_tokens WHERE user_id = ?' ).bind( ( await userRow( email ) )!.id ).first<{ token_hash: string }>();
		expect( stored?.token_hash ).not.toContain( token );

		const verified = await call<{ credits_granted: number }>( 'POST', '/api/v1/auth/verify-email/', { body: { token } } );
		expect( verified.status ).toBe( 200 );
		expect( verified.body.data.credits_granted ).toBe( 2000 );
		const again = await call( 'POST', '/api/v1/auth/verify-email/', { body: { token } } );
		expect( again.status ).toBe( 400 );
		expect( await ledgerOf( accountId ) ).toEqual( [ expect.objectContaining( { kind: 'grant', amount: 2000, balance_after: 2000, idempotency_key: `trial:${ accountId }` } ) ] );
		expect( ( await userRow( email ) )?.credits ).toBe( 2000 );
	} );

	it( 'the portal sign-up form is checked by Turnstile too, and only its page allows Turnstile’s origin', async () => {
		const browser = new Browser();
		const email = `${ unique( 'bot' ) }@igny8.test`;
		const page = await browser.get( '/portal/signup' );
		const turnstileOrigin = new URL( env.TURNSTILE_VERIFY_URL! ).origin;
		expect( page.html ).toContain( 'class="cf-turnstile"' );
		expect( page.headers.get( 'Content-Security-Policy' ) ).toContain( `script-src 'self' ${ turnstileOrigin }` );
		expect( page.headers.get( 'Content-Security-Policy' ) ).toContain( `frame-src ${ turnstileOrigin }` );
		expect( ( await browser.get( '/portal/login' ) ).headers.get( 'Content-Security-Policy' ) ).not.toContain( turnstileOrigin );

		await browser.get( '/portal/signup' );
		const refused = await browser.post( '/portal/signup', { account_name: 'Farm', email, password: PASSWORD } );
		expect( refused.status ).toBe( 400 );
		expect( refused.html ).toContain( 'not a robot' );
		expect( await userRow( email ) ).toBeNull();

		const accepted = await browser.post( '/portal/signup', { account_name: 'Farm', email, password: PASSWORD, 'cf-turnstile-response': TURNSTILE_DUMMY_TOKEN } );
		expect( accepted.status ).toBe( 303 );
		expect( ( await userRow( email ) )?.credits ).toBe( 0 );
		const overview = await browser.get( '/portal/overview' );
		expect( overview.html ).toContain( 'Confirm your email address' );

		const link = `/portal/verify-email/${ await linkTokenFor( email, '/portal/verify-email/' ) }`;
		// Opening the link (or a mail scanner prefetching it) spends nothing; the button does.
		expect( ( await browser.get( link ) ).status ).toBe( 200 );
		expect( ( await userRow( email ) )?.email_verified_at ).toBeNull();
		const confirmed = await browser.post( link );
		expect( confirmed.status ).toBe( 200 );
		expect( confirmed.html ).toContain( '2,000 free-trial credits were added' );
		expect( ( await userRow( email ) )?.credits ).toBe( 2000 );
		expect( ( await browser.get( '/portal/overview' ) ).html ).not.toContain( 'Confirm your email address' );
	} );
} );
