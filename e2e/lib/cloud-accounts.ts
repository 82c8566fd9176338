/**
 * Accounts for the browser specs, made the way an owner makes them: sign-up through the API
 * with the token of Turnstile's test sitekeys (checked by the Turnstile test double), then the
 * emailed verification link, read from the stack's local mailbox (a development stand-in that
 * writes .eml files into IGNY8_TEST_MAIL_DIR).
 */
import { expect } from '@playwright/test';
import { firstLink, listMail } from '../../scripts/mailbox/server';
import { DUMMY_TOKEN } from '../../scripts/turnstile/server';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const mailDir = process.env.IGNY8_TEST_MAIL_DIR ?? '';

/** The path of the newest emailed link to `to` under `pathPrefix`, waiting a little for the mail to arrive. */
export async function emailedLink( to: string, pathPrefix: string ): Promise<string> {
	expect( mailDir, 'IGNY8_TEST_MAIL_DIR is set by npm test' ).not.toBe( '' );
	let path = '';
	await expect
		.poll( () => {
			const links = listMail( mailDir, to ).map( ( mail ) => firstLink( mail.text ) ).filter( ( link ) => link && new URL( link ).pathname.startsWith( pathPrefix ) );
			path = links.length ? new URL( links.at( -1 )! ).pathname : '';
			return path;
		}, { message: `an emailed ${ pathPrefix } link to ${ to }` } )
		.not.toBe( '' );
	return path;
}

async function post<T>( path: string, body: unknown ): Promise<T> {
	const response = await fetch( `${ cloudUrl }${ path }`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify( body ) } );
	const envelope = ( await response.json() ) as { success: boolean; data: T; error?: string };
	expect( envelope.success, `POST ${ path }: ${ envelope.error ?? '' }` ).toBe( true );
	return envelope.data;
}

/** Registers an owner and confirms the email; returns the owner's access token. */
export async function registerVerifiedOwner( input: { email: string; password: string; account_name: string } ): Promise<{ access: string }> {
	const registered = await post<{ access: string }>( '/api/v1/auth/register/', { ...input, turnstile_token: DUMMY_TOKEN } );
	const token = ( await emailedLink( input.email, '/portal/verify-email/' ) ).split( '/' ).pop();
	await post( '/api/v1/auth/verify-email/', { token } );
	return registered;
}
