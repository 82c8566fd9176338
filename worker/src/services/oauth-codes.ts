/**
 * The one-click connect (OAuth 2.0 authorisation code with PKCE, RFC 6749 §4.1 + RFC 7636): an owner
 * approves a WordPress site in the portal, which creates the site (or gives an already connected one a new
 * key) and issues a one-time code bound to the site's redirect URI and PKCE challenge. The plugin trades the
 * code, server to server, for the key. Only the code's hash is stored; the key waits sealed until the
 * exchange, which claims the row in one statement so a code works once even under a race.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { oauthCodes, sites, type Site } from '../db/schema';
import { sha256Hex, randomBytes, toBase64Url, timingSafeEqual } from '../lib/crypto';
import { badRequest } from '../lib/errors';
import { seal, unseal } from '../lib/secret-box';
import { createSiteWithinLimit } from './site-controls';
import { rotateSiteKey } from './sites';
import type { SecretDeps } from './webhook-secrets';

/** How long a code may wait for its exchange. */
export const CODE_TTL_MS = 10 * 60 * 1000;

const encoder = new TextEncoder();
const sealContext = ( codeId: string ) => `igny8-oauth-code:${ codeId }`;

/** True when `redirectUri` is an http(s) address on the site's own host (host and port of `siteUrl`). */
export function redirectBelongsToSite( redirectUri: string, siteUrl: string ): boolean {
	try {
		const redirect = new URL( redirectUri );
		const site = new URL( siteUrl );
		return [ 'http:', 'https:' ].includes( redirect.protocol ) && redirect.host === site.host && ! redirect.username && ! redirect.password && ! redirect.hash;
	} catch {
		return false;
	}
}

/** base64url( SHA-256( verifier ) ), the S256 challenge of a verifier. */
export async function s256Challenge( verifier: string ): Promise<string> {
	return toBase64Url( new Uint8Array( await crypto.subtle.digest( 'SHA-256', encoder.encode( verifier ) ) ) );
}

const sameUrl = ( url: string ) => url.replace( /\/+$/, '' );

/**
 * The approved site and its new key: an active site of the account at the same address gets a new key
 * (reconnecting a site does not use up the plan's site limit); otherwise a new site is created within it.
 */
export async function siteForApproval( deps: SecretDeps, accountId: string, input: { name: string; url: string } ): Promise<{ site: Site; apiKey: string; existing: boolean }> {
	const existing = await findActiveSiteByUrl( deps, accountId, input.url );
	if ( existing ) return { ...( await rotateSiteKey( deps, accountId, existing.id ) ), existing: true };
	return { ...( await createSiteWithinLimit( deps, accountId, input ) ), existing: false };
}

/** The account's active site at `url` (trailing slashes ignored), if any. */
export async function findActiveSiteByUrl( { db }: Pick<SecretDeps, 'db'>, accountId: string, url: string ): Promise<Site | null> {
	const site = await db.query.sites.findFirst( { where: and( eq( sites.accountId, accountId ), eq( sites.url, sameUrl( url ) ), eq( sites.status, 'active' ) ) } );
	return site ?? null;
}

/** Issues a one-time code for the site's key, bound to `redirectUri` and `codeChallenge` (S256). */
export async function issueAuthorizationCode(
	{ db, encryptionKey }: SecretDeps,
	input: { accountId: string; siteId: string; apiKey: string; redirectUri: string; codeChallenge: string },
	now = Date.now()
): Promise<string> {
	if ( ! encryptionKey ) throw new Error( 'ENCRYPTION_KEY is not set: the key cannot wait for its exchange.' );
	const code = toBase64Url( randomBytes( 32 ) );
	const id = crypto.randomUUID();
	await db.insert( oauthCodes ).values( {
		id,
		codeHash: await sha256Hex( code ),
		accountId: input.accountId,
		siteId: input.siteId,
		redirectUri: input.redirectUri,
		codeChallenge: input.codeChallenge,
		sealedKey: await seal( encryptionKey, input.apiKey, sealContext( id ) ),
		expiresAt: new Date( now + CODE_TTL_MS ),
		createdAt: new Date( now ),
	} );
	return code;
}

const invalidGrant = ( message: string ) => badRequest( message, { code: [ 'invalid_grant' ] } );

/**
 * Trades a code for the site's key. The row is claimed (used_at set) before any check, so a refused attempt
 * burns the code too: a leaked code cannot be retried with guessed verifiers. The sealed key is emptied at once.
 */
export async function redeemAuthorizationCode(
	{ db, encryptionKey }: SecretDeps,
	input: { code: string; codeVerifier: string; redirectUri: string },
	now = Date.now()
): Promise<{ apiKey: string; site: Site }> {
	if ( ! encryptionKey ) throw new Error( 'ENCRYPTION_KEY is not set: the key cannot be read back.' );
	const [ row ] = await db
		.update( oauthCodes )
		.set( { usedAt: new Date( now ) } )
		.where( and( eq( oauthCodes.codeHash, await sha256Hex( input.code ) ), isNull( oauthCodes.usedAt ) ) )
		.returning( { id: oauthCodes.id, siteId: oauthCodes.siteId, accountId: oauthCodes.accountId, redirectUri: oauthCodes.redirectUri, codeChallenge: oauthCodes.codeChallenge, sealedKey: oauthCodes.sealedKey, expiresAt: oauthCodes.expiresAt } );
	if ( ! row ) throw invalidGrant( 'This authorisation code is unknown or was already used. Start the connection again from WordPress.' );
	await db.update( oauthCodes ).set( { sealedKey: '' } ).where( eq( oauthCodes.id, row.id ) );
	if ( row.expiresAt.getTime() <= now ) throw invalidGrant( 'This authorisation code has expired. Start the connection again from WordPress.' );
	if ( row.redirectUri !== input.redirectUri ) throw invalidGrant( 'The redirect URI does not match the one the code was issued for.' );
	const challenge = encoder.encode( await s256Challenge( input.codeVerifier ) );
	if ( ! timingSafeEqual( challenge, encoder.encode( row.codeChallenge ) ) ) throw invalidGrant( 'The code verifier does not match the code challenge.' );
	const site = await db.query.sites.findFirst( { where: and( eq( sites.id, row.siteId ), eq( sites.accountId, row.accountId ) ) } );
	if ( ! site || site.status !== 'active' ) throw invalidGrant( 'The site of this code is no longer active in the portal.' );
	return { apiKey: await unseal( encryptionKey, row.sealedKey, sealContext( row.id ) ), site };
}
