/**
 * The agency billing portal under /portal/ — server-rendered with hono/jsx, a session
 * cookie, CSRF on every form, no script needed for any action. Mounted by app.ts; its own
 * onError and a catch-all give HTML error pages (the API keeps its JSON envelope).
 *
 * Pages: auth (login, sign-up, logout, invitation), authorize (the one-click connect from WordPress), email links (verification, password reset), overview, sites, usage (+ CSV),
 * transactions, billing (Stripe Checkout), account (password, team). Assets: assets.ts.
 */
import { Hono } from 'hono';
import { assetRoutes } from './assets';
import { errorPage, portalError } from './errors';
import { accountPages } from './pages/account';
import { authPages } from './pages/auth';
import { authorizePages } from './pages/authorize';
import { emailLinkPages } from './pages/email-links';
import { billingPages } from './pages/billing';
import { overviewPages } from './pages/overview';
import { siteDetailPages } from './pages/site-detail';
import { sitePages } from './pages/sites';
import { transactionPages } from './pages/transactions';
import { usagePages } from './pages/usage';
import { loadSession } from './session';
import type { PortalEnv } from './types';

const pages = new Hono<PortalEnv>( { strict: false } )
	.use( loadSession )
	.route( '/', authPages )
	.route( '/', authorizePages )
	.route( '/', emailLinkPages )
	.route( '/', overviewPages )
	.route( '/', sitePages )
	.route( '/', siteDetailPages )
	.route( '/', usagePages )
	.route( '/', transactionPages )
	.route( '/', billingPages )
	.route( '/', accountPages );

export const portalRoutes = new Hono<PortalEnv>( { strict: false } );
portalRoutes.route( '/assets', assetRoutes );
portalRoutes.route( '/', pages );
// Anything else under /portal/ is an HTML 404, not the API's JSON one.
portalRoutes.all( '*', loadSession, ( c ) => errorPage( c, 404, 'There is no such page in the portal.' ) );
portalRoutes.onError( portalError );
