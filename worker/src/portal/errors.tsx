/** @jsxImportSource hono/jsx */
/**
 * The portal's own error and not-found pages (HTML, not the API's JSON envelope): the
 * status, what went wrong in words the user can act on, and where to go next. Unknown
 * errors are logged with the request id and shown as a generic 500.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod';
import { ApiError } from '../lib/errors';
import { RateLimitedError } from '../lib/rate-limit';
import { Notice } from './components/forms';
import { CsrfError } from './csrf';
import { renderPage, viewerOf } from './render';
import type { PortalEnv } from './types';

const TITLES: Partial<Record<number, string>> = { 400: 'Check your input', 401: 'Please log in', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict', 429: 'Too many requests', 503: 'Not available' };

function statusAndMessage( error: unknown ): { status: ContentfulStatusCode; message: string } {
	if ( error instanceof CsrfError ) return { status: 403, message: error.message };
	if ( error instanceof ApiError ) return { status: error.status, message: error.message };
	if ( error instanceof z.ZodError ) return { status: 400, message: 'Some of the values sent are not valid.' };
	if ( error instanceof HTTPException && error.status < 500 ) return { status: error.status as ContentfulStatusCode, message: error.message || 'Bad request.' };
	return { status: 500, message: 'Something went wrong on our side. Try again in a moment; if it keeps happening, contact support with the request id below.' };
}

export async function errorPage( c: Context<PortalEnv>, status: ContentfulStatusCode, message: string ) {
	const viewer = c.var.portal ? await viewerOf( c ) : undefined;
	return renderPage(
		c,
		{ title: TITLES[ status ] ?? 'Error', viewer, status },
		<>
			<Notice kind="error">{ message }</Notice>
			<p>
				{ viewer ? <a href="/portal/overview">Back to the overview</a> : <a href="/portal/login">Go to the login page</a> }
				<small class="muted"> · request { c.get( 'requestId' ) }</small>
			</p>
		</>
	);
}

/** onError of the portal sub-app. */
export async function portalError( error: Error, c: Context<PortalEnv> ) {
	const { status, message } = statusAndMessage( error );
	if ( error instanceof RateLimitedError ) c.header( 'Retry-After', String( error.retryAfter ) );
	if ( status >= 500 ) console.error( JSON.stringify( { event: 'portal_error', request_id: c.get( 'requestId' ), path: c.req.path, error: error.stack ?? error.message } ) );
	return errorPage( c, status, message );
}
