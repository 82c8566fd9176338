/**
 * /api/v1/oauth — the server-to-server half of the one-click connect: WordPress trades the one-time code
 * it received through the portal's redirect (portal/pages/authorize.tsx) for its site key. No credentials
 * but the code and its PKCE verifier; throttled per client address like sign-in.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { clientIp, enforceLimit } from '../lib/rate-limit';
import { jsonBody } from '../lib/validate';
import { redeemAuthorizationCode } from '../services/oauth-codes';
import { publicSite } from '../services/sites';

/** RFC 7636 §4.1: 43–128 characters of the unreserved set. */
export const codeVerifierSchema = z.string().regex( /^[A-Za-z0-9._~-]{43,128}$/, 'The code verifier must be 43 to 128 unreserved characters.' );

const tokenSchema = z.object( {
	grant_type: z.literal( 'authorization_code' ).optional(),
	code: z.string().min( 20 ).max( 200 ),
	code_verifier: codeVerifierSchema,
	redirect_uri: z.url( { protocol: /^https?$/ } ).max( 2000 ),
} );

export const oauthRoutes = new Hono<AppEnv>()
	// POST /api/v1/oauth/token/ — {code, code_verifier, redirect_uri} → {api_key, site}; the code works once
	.post( '/token', jsonBody( tokenSchema ), async ( c ) => {
		await enforceLimit( c.env, 'RATE_LIMIT_LOGIN', `oauth-token:${ clientIp( c ) }` );
		const input = c.req.valid( 'json' );
		const { apiKey, site } = await redeemAuthorizationCode( { db: c.var.db, encryptionKey: c.env.ENCRYPTION_KEY }, { code: input.code, codeVerifier: input.code_verifier, redirectUri: input.redirect_uri } );
		c.header( 'Cache-Control', 'no-store' );
		return ok( c, { api_key: apiKey, site: publicSite( site ) }, 200, 'The site is connected. Store the key; it is not shown again.' );
	} );
