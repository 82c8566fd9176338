/**
 * Mail through an HTTP provider: POST {from, to: [address], subject, text} as JSON with
 * "Authorization: Bearer <MAIL_HTTP_TOKEN>" — the shape of Resend's /emails endpoint, and the
 * one the local development mailbox (scripts/mailbox/) accepts.
 */
import type { MailMessage, MailSender } from './types';

export function httpMailSender( url: string, from: string, token: string | undefined ): MailSender {
	return {
		async send( message: MailMessage ) {
			const headers: Record<string, string> = { 'Content-Type': 'application/json' };
			if ( token ) headers.Authorization = `Bearer ${ token }`;
			const response = await fetch( url, { method: 'POST', headers, body: JSON.stringify( { from, to: [ message.to ], subject: message.subject, text: message.text } ) } );
			if ( ! response.ok ) throw new Error( `mail provider answered ${ response.status }: ${ ( await response.text() ).slice( 0, 200 ) }` );
		},
	};
}
