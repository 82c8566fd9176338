/**
 * /api/v1/ai/editor/:site/* — interactive edits from the block editor, called by the browser
 * with a short-lived editor token (services/editor-token.ts) that WordPress mints; the site
 * API key never reaches the browser. CORS is handled here, not by the app-wide middleware:
 * only the token's site origin is allowed, and the site id in the path lets a preflight (which
 * carries no token) find that origin.
 */
import { eq } from 'drizzle-orm';
import type { Context, Next } from 'hono';
import { Hono } from 'hono';
import type { Database } from '../db/client';
import { sites, type Site } from '../db/schema';
import type { AppEnv, Env } from '../env';
import { ok } from '../lib/envelope';
import { forbidden, unauthorized } from '../lib/errors';
import { editorFaq, editorMeta, editorRewriteStream, editorTakeaways, type EditorProvenance } from '../services/editor-actions';
import { siteOrigins, spendEditorToken, verifyEditorToken, type EditorClaims, type EditorScope } from '../services/editor-token';

const ALLOW_HEADERS = 'Authorization, Content-Type, X-Request-ID';
const EXPOSE_HEADERS = 'X-Request-ID, Retry-After';

/** The request's Origin if it is one of the site's origins; null when absent; false when foreign. */
async function allowedOrigin( c: Context<AppEnv> ): Promise<string | null | false> {
	const origin = c.req.header( 'Origin' );
	if ( ! origin ) return null;
	const site = await c.var.db.query.sites.findFirst( { where: eq( sites.id, c.req.param( 'site' ) ?? '' ), columns: { url: true, metadata: true } } );
	return site && siteOrigins( site ).has( origin ) ? origin : false;
}

/** CORS for the site's own origin only; a foreign Origin is refused before any work. */
async function siteCors( c: Context<AppEnv>, next: Next ) {
	const origin = await allowedOrigin( c );
	if ( c.req.method === 'OPTIONS' ) {
		if ( ! origin ) return c.body( null, 403 );
		return c.body( null, 204, {
			'Access-Control-Allow-Origin': origin,
			'Access-Control-Allow-Methods': 'POST, OPTIONS',
			'Access-Control-Allow-Headers': ALLOW_HEADERS,
			'Access-Control-Max-Age': '600',
			Vary: 'Origin',
		} );
	}
	if ( origin === false ) throw forbidden( 'This origin may not call the editor API.' );
	await next();
	if ( origin ) {
		c.res.headers.set( 'Access-Control-Allow-Origin', origin );
		c.res.headers.set( 'Access-Control-Expose-Headers', EXPOSE_HEADERS );
		c.res.headers.append( 'Vary', 'Origin' );
	}
}

/** Verifies the bearer editor token for `scope`, that it belongs to the site in the path, and spends it. */
async function authorise( c: Context<AppEnv>, scope: EditorScope ) {
	const header = c.req.header( 'Authorization' ) ?? '';
	const token = /^Bearer\s+(\S+)$/i.exec( header )?.[ 1 ];
	if ( ! token ) throw unauthorized( 'Send the editor token as "Authorization: Bearer <token>".' );
	const verified = await verifyEditorToken( { db: c.var.db, encryptionKey: c.env.ENCRYPTION_KEY }, token, scope );
	if ( verified.site.id !== c.req.param( 'site' ) ) throw unauthorized( 'The editor token is not valid for this site. Reload the editor to get a new one.' );
	await spendEditorToken( { db: c.var.db }, verified.claims );
	return verified;
}

async function bodyOf( c: Context<AppEnv> ): Promise<unknown> {
	try {
		return await c.req.json();
	} catch {
		return {};
	}
}

type OneShotAction = ( deps: { db: Database; env: Env }, site: Site, claims: EditorClaims, input: unknown ) => Promise<{ result: Record<string, unknown>; provenance: EditorProvenance }>;

/** A handler for a one-shot action: the token for `scope`, then the charged function; answers {…result, provenance}. */
const oneShot = ( scope: EditorScope, action: OneShotAction ) => async ( c: Context<AppEnv> ) => {
	const { site, claims } = await authorise( c, scope );
	const { result, provenance } = await action( { db: c.var.db, env: c.env }, site, claims, await bodyOf( c ) );
	return ok( c, { ...result, provenance } );
};

export const editorRoutes = new Hono<AppEnv>( { strict: false } )
	// OPTIONS /api/v1/ai/editor/:site/:action — the preflight is answered by siteCors itself
	.use( '/:site/*', siteCors )
	// POST /api/v1/ai/editor/:site/rewrite — {text, mode, language?} → text/event-stream of chunk/done/error
	.post( '/:site/rewrite', async ( c ) => {
		const { site, claims } = await authorise( c, 'rewrite' );
		const { body, settled } = await editorRewriteStream( { db: c.var.db, env: c.env }, site, claims, await bodyOf( c ) );
		try {
			c.executionCtx.waitUntil( settled );
		} catch {
			// No execution context (app.request in tests): the stream's reader drives it to the end.
		}
		return new Response( body, { status: 200, headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Request-ID': c.get( 'requestId' ) } } );
	} )
	// POST /api/v1/ai/editor/:site/meta — {title, keyword, text, language?} → {meta_title, meta_description, provenance}
	.post( '/:site/meta', oneShot( 'meta', editorMeta ) )
	// POST /api/v1/ai/editor/:site/faq — {title, keyword, text, count?, language?} → {items: [{question, answer}], provenance}
	.post( '/:site/faq', oneShot( 'faq', editorFaq ) )
	// POST /api/v1/ai/editor/:site/takeaways — {title, keyword, text, count?, language?} → {items: [text], provenance}
	.post( '/:site/takeaways', oneShot( 'takeaways', editorTakeaways ) );
