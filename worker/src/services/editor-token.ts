/**
 * Editor tokens: how the block editor calls the Worker directly (streamed rewrites, meta, FAQ, key takeaways)
 * without ever holding the site API key. WordPress mints the token (plugin/includes/Editor/
 * Editor_Token.php) after checking the user may edit the post; it is signed with the site's
 * webhook secret, which both sides already share, under a domain prefix so a delivery
 * signature can never pass for a token (nor the reverse).
 *
 *   token = base64url(JSON claims) "." hex(HMAC-SHA256(webhook_secret, "igny8-editor.v1." + base64url(JSON claims)))
 *   claims = { site, user, post, scope, iat, exp, jti }   exp − iat ≤ 600 s
 *
 * A token for a charged action works once: its jti is spent in D1 (editor_token_uses) until the
 * token expires, so a token copied out of the browser cannot be replayed to spend credits.
 */
import { eq } from 'drizzle-orm';
import * as z from 'zod';
import type { Database } from '../db/client';
import { sites, type Site } from '../db/schema';
import { fromBase64Url, hmacSha256Hex, toBase64Url } from '../lib/crypto';
import { conflict, forbidden, unauthorized } from '../lib/errors';
import { secretsInForce, type SecretDeps } from './webhook-secrets';

/** What a token may be used for: one action each. */
export const EDITOR_SCOPES = [ 'rewrite', 'meta', 'faq', 'takeaways' ] as const;
export type EditorScope = ( typeof EDITOR_SCOPES )[ number ];

/** The longest life a token may have, in seconds. */
export const EDITOR_TOKEN_MAX_TTL = 600;
/** Clock skew tolerated between WordPress and the Worker, in seconds. */
const SKEW = 30;
const DOMAIN = 'igny8-editor.v1.';

export const editorClaimsSchema = z.strictObject( {
	site: z.string().min( 1 ).max( 64 ),
	user: z.number().int().positive(),
	post: z.number().int().positive(),
	scope: z.enum( EDITOR_SCOPES ),
	iat: z.number().int().positive(),
	exp: z.number().int().positive(),
	jti: z.string().min( 8 ).max( 64 ),
} );
export type EditorClaims = z.infer<typeof editorClaimsSchema>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Signs claims (WordPress does the same in PHP; tests use this one). */
export async function signEditorToken( secret: string, claims: EditorClaims ): Promise<string> {
	const payload = toBase64Url( encoder.encode( JSON.stringify( claims ) ) );
	return `${ payload }.${ await hmacSha256Hex( secret, DOMAIN + payload ) }`;
}

function readClaims( payload: string ): EditorClaims {
	try {
		return editorClaimsSchema.parse( JSON.parse( decoder.decode( fromBase64Url( payload ) ) ) );
	} catch {
		throw unauthorized( 'The editor token is malformed. Reload the editor to get a new one.' );
	}
}

/** Constant-time comparison of two hex strings. */
function sameHex( a: string, b: string ): boolean {
	if ( a.length !== b.length ) return false;
	let diff = 0;
	for ( let i = 0; i < a.length; i++ ) diff |= a.charCodeAt( i ) ^ b.charCodeAt( i );
	return diff === 0;
}

/**
 * Verifies an editor token for `scope` and returns its site and claims. Forged, expired or
 * over-long tokens are 401; a token for another action or a site that is not active is 403.
 */
export async function verifyEditorToken( { db, encryptionKey }: SecretDeps, token: string, scope: EditorScope, now = Date.now() ): Promise<{ site: Site; claims: EditorClaims }> {
	const [ payload, signature, extra ] = token.split( '.' );
	if ( ! payload || ! signature || extra !== undefined || ! /^[0-9a-f]{64}$/.test( signature ) ) {
		throw unauthorized( 'The editor token is malformed. Reload the editor to get a new one.' );
	}
	const claims = readClaims( payload );
	const site = await db.query.sites.findFirst( { where: eq( sites.id, claims.site ) } );
	// An unknown site and a bad signature look the same to the caller. Tokens made with the former
	// secret pass only during the rotation overlap, like deliveries.
	const secrets = site ? await secretsInForce( { db, encryptionKey }, site, now ) : [];
	const expected = await Promise.all( secrets.map( ( secret ) => hmacSha256Hex( secret, DOMAIN + payload ) ) );
	if ( ! site || ! expected.some( ( value ) => sameHex( signature, value ) ) ) {
		throw unauthorized( 'The editor token is not valid for this site. Reload the editor to get a new one.' );
	}
	const seconds = Math.floor( now / 1000 );
	if ( claims.exp - claims.iat > EDITOR_TOKEN_MAX_TTL || claims.iat > seconds + SKEW ) {
		throw unauthorized( 'The editor token lives longer than 10 minutes and is refused.' );
	}
	if ( claims.exp + SKEW < seconds ) {
		throw unauthorized( 'The editor token has expired. Try again: the editor fetches a new one.' );
	}
	if ( claims.scope !== scope ) {
		throw forbidden( `This editor token is for "${ claims.scope }", not "${ scope }".` );
	}
	if ( site.status !== 'active' ) {
		throw forbidden( 'This site is not active in IGNY8. Ask the account owner to reactivate it.' );
	}
	return { site, claims };
}

/** Scopes whose use costs credits; a token for one of them is single use. Every scope today is charged. */
const CHARGED_SCOPES: ReadonlySet<EditorScope> = new Set( EDITOR_SCOPES );

/**
 * Spends a verified token's jti for a charged scope: the first use wins, any later one is a 409.
 * Rows of expired tokens are cleared in the same batch (an expired token is refused anyway).
 */
export async function spendEditorToken( { db }: { db: Database }, claims: EditorClaims, now = Date.now() ): Promise<void> {
	if ( ! CHARGED_SCOPES.has( claims.scope ) ) return;
	const d1 = db.$client;
	const [ , spent ] = await d1.batch( [
		d1.prepare( 'DELETE FROM editor_token_uses WHERE expires_at < ?' ).bind( now ),
		d1
			.prepare( 'INSERT INTO editor_token_uses (site_id, jti, expires_at, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING' )
			.bind( claims.site, claims.jti, ( claims.exp + SKEW ) * 1000, now ),
	] );
	if ( ( spent?.meta.changes ?? 0 ) !== 1 ) throw conflict( 'This editor token was already used. Each AI action needs a new one: try again and the editor fetches it.' );
}

/** The browser origins of a site: its registered URL and the URL WordPress last reported. */
export function siteOrigins( site: Pick<Site, 'url' | 'metadata'> ): Set<string> {
	const origins = new Set<string>();
	for ( const url of [ site.url, site.metadata?.site_url ] ) {
		if ( typeof url !== 'string' ) continue;
		try {
			origins.add( new URL( url ).origin );
		} catch {
			// Not a URL: no origin to allow.
		}
	}
	return origins;
}

/** Re-exported for the tests that build tokens by hand. */
export { toBase64Url };
