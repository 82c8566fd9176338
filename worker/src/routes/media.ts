/**
 * /api/v1/ai/media — images generate_images stored in R2, served to the site that owns
 * them (site key). WordPress sideloads each one into its media library with the key.
 * R2 keys start with the owning site's id; any other key looks missing (404), like
 * another tenant's job does.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { notFound } from '../lib/errors';
import { requireSite, siteOf } from '../middleware/auth';

export const mediaRoutes = new Hono<AppEnv>()
	.use( requireSite )
	// GET /api/v1/ai/media/{site id}/{job id}/{file} — the image bytes (private: never cached by proxies)
	.get( '/:key{.+}', async ( c ) => {
		const site = siteOf( c.var.auth );
		const key = decodeURIComponent( c.req.param( 'key' ) );
		if ( ! key.startsWith( `${ site.id }/` ) || key.includes( '..' ) ) throw notFound( 'Media not found.' );
		const object = await c.env.MEDIA.get( key );
		if ( ! object ) throw notFound( 'Media not found.' );
		const headers = new Headers();
		object.writeHttpMetadata( headers );
		headers.set( 'ETag', object.httpEtag );
		headers.set( 'Content-Length', String( object.size ) );
		headers.set( 'Cache-Control', 'private, max-age=86400' );
		headers.set( 'X-Content-Type-Options', 'nosniff' );
		headers.set( 'X-Request-ID', c.get( 'requestId' ) );
		return new Response( object.body, { status: 200, headers } );
	} );
