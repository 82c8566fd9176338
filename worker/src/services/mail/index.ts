/**
 * The mail sender of this deployment, chosen by configuration:
 *   SEND_EMAIL (a `send_email` binding)   Cloudflare Email Workers
 *   MAIL_HTTP_URL (+ MAIL_HTTP_TOKEN)      an HTTP provider (Resend-style JSON), or the local
 *                                          development mailbox that `npm start`/`npm test` run
 * MAIL_FROM is the sender address. With neither transport, nothing that needs an email
 * (sign-up, password reset) can work, so those refuse with 503 instead of failing silently.
 */
import type { Env } from '../../env';
import { ApiError } from '../../lib/errors';
import { bindingMailSender } from './email-binding';
import { httpMailSender } from './http';
import type { MailSender } from './types';

export type { MailMessage, MailSender } from './types';

const LOCAL_FROM = 'IGNY8 <no-reply@igny8.localhost>';

export function mailSender( env: Env ): MailSender {
	const local = env.ENVIRONMENT === 'development' || env.ENVIRONMENT === 'test';
	const from = env.MAIL_FROM ?? ( local ? LOCAL_FROM : undefined );
	if ( from && env.SEND_EMAIL ) return bindingMailSender( env.SEND_EMAIL, from );
	if ( from && env.MAIL_HTTP_URL ) return httpMailSender( env.MAIL_HTTP_URL, from, env.MAIL_HTTP_TOKEN );
	console.error( JSON.stringify( { event: 'mail_not_configured' } ) );
	throw new ApiError( 503, 'Email is not configured on this service, so it cannot send the link. Try again later.' );
}
