/**
 * Creates what a demo or a test run needs through the product's own APIs:
 * an account and a site on the Worker, then the WordPress plugin connected
 * with the site's key. No database is written behind the product's back.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, wpEnv, type StackConfig } from './config.ts';
import { firstLink, listMail } from '../mailbox/server.ts';
import { DUMMY_TOKEN } from '../turnstile/server.ts';
import { run } from './processes.ts';
import { mailDir } from './stack.ts';

interface Envelope<T> {
	success: boolean;
	data?: T;
	error?: string;
	errors?: Record<string, unknown>;
}

/** Calls the Worker's API and returns `data`, throwing the envelope's error. */
export async function cloudCall<T>(
	config: StackConfig,
	method: string,
	path: string,
	body?: unknown,
	headers: Record<string, string> = {}
): Promise<T> {
	const response = await fetch( `http://127.0.0.1:${ config.workerPort }${ path }`, {
		method,
		headers: { 'content-type': 'application/json', ...headers },
		body: body === undefined ? undefined : JSON.stringify( body ),
	} );
	const envelope = ( await response.json() ) as Envelope<T>;
	if ( ! response.ok || ! envelope.success ) {
		throw new Error(
			`${ method } ${ path } → ${ response.status }: ${ envelope.error ?? 'no error message' } ${ JSON.stringify( envelope.errors ?? {} ) }`
		);
	}
	return envelope.data as T;
}

/** Dispatches a WP REST request inside WordPress as the admin (scripts/wp/rest.php). */
export async function wpRest<T>( config: StackConfig, method: string, route: string, body?: unknown ): Promise<T> {
	const result = await run(
		'php',
		[ resolve( ROOT, 'scripts/wp/rest.php' ), method, route, JSON.stringify( body ?? {} ) ],
		{ env: wpEnv( config ), cwd: ROOT, quiet: true, allowFailure: true }
	);
	let parsed: { status: number; data: T } | undefined;
	try {
		parsed = JSON.parse( result.stdout ) as { status: number; data: T };
	} catch {
		// Reported below with the raw output.
	}
	if ( ! parsed || parsed.status >= 400 ) {
		throw new Error( `WP REST ${ method } ${ route } failed: ${ result.stdout.slice( 0, 2000 ) } ${ result.stderr.slice( 0, 2000 ) }` );
	}
	return parsed.data;
}

/** An account with one site, and the site's key (shown once by the Worker). */
export interface Tenant {
	email: string;
	password: string;
	accountName: string;
	siteId: string;
	apiKey: string;
	access: string;
}

/**
 * Confirms a new owner's email like the owner would: the link from the local mailbox (a
 * development stand-in), posted to the verification endpoint; the trial credits arrive then.
 */
export async function confirmEmail( config: StackConfig, email: string ): Promise<void> {
	const mail = listMail( mailDir( config ), email ).at( -1 );
	const token = mail ? new URL( firstLink( mail.text ) ).pathname.split( '/' ).pop() : undefined;
	if ( ! token ) throw new Error( `no verification email for ${ email } in ${ mailDir( config ) }` );
	await cloudCall( config, 'POST', '/api/v1/auth/verify-email/', { token } );
}

/** Registers a new account (its email confirmed) and creates a site for the given WordPress URL. */
export async function createTenant(
	config: StackConfig,
	email: string,
	password: string,
	accountName: string
): Promise<Tenant> {
	const registered = await cloudCall<{ access: string }>( config, 'POST', '/api/v1/auth/register/', {
		email,
		password,
		account_name: accountName,
		// The token Turnstile's test sitekeys hand out; the local stack checks it against the Turnstile test double.
		turnstile_token: DUMMY_TOKEN,
	} );
	await confirmEmail( config, email );
	const created = await cloudCall<{ site: { id: string | number }; api_key: string }>(
		config,
		'POST',
		'/api/v1/auth/sites/',
		{ name: 'Demo site', url: `http://127.0.0.1:${ config.wpPort }` },
		{ authorization: `Bearer ${ registered.access }` }
	);
	return {
		email,
		password,
		accountName,
		siteId: String( created.site.id ),
		apiKey: created.api_key,
		access: registered.access,
	};
}

/** Connects the WordPress plugin to the Worker with a site key. */
export async function connectPlugin( config: StackConfig, apiKey: string ): Promise<void> {
	await wpRest( config, 'POST', '/igny8/v1/system/connection', {
		cloud_url: `http://127.0.0.1:${ config.workerPort }`,
		api_key: apiKey,
	} );
}

/**
 * Returns the demo tenant, creating it on first start. The key is kept in the
 * git-ignored state folder because the Worker shows it only once.
 */
export async function ensureDemoTenant( config: StackConfig ): Promise<{ tenant: Tenant; created: boolean }> {
	const file = resolve( config.stateDir, 'demo-tenant.json' );
	if ( existsSync( file ) ) {
		const tenant = JSON.parse( readFileSync( file, 'utf8' ) ) as Tenant;
		try {
			await cloudCall( config, 'POST', '/api/v1/auth/login/', { email: tenant.email, password: tenant.password } );
			return { tenant, created: false };
		} catch {
			// The cloud's local database was reset: create the tenant again.
		}
	}
	const tenant = await createTenant( config, 'owner@demo.igny8.test', 'demo-password-1', 'Demo Agency' );
	mkdirSync( config.stateDir, { recursive: true } );
	writeFileSync( file, JSON.stringify( tenant, null, 2 ), { mode: 0o600 } );
	return { tenant, created: true };
}
