/**
 * Mail through Cloudflare Email Workers' `send_email` binding (SEND_EMAIL): the message goes
 * out as raw MIME, plain text in UTF-8 (base64, so any character and line length is safe).
 */
import { EmailMessage } from 'cloudflare:email';
import type { MailMessage, MailSender } from './types';

const bareAddress = ( address: string ) => /<([^>]+)>/.exec( address )?.[ 1 ] ?? address.trim();

/** RFC 2047 for a header that may hold non-ASCII text. */
function encodedHeader( text: string ): string {
	if ( /^[\x20-\x7e]*$/.test( text ) ) return text;
	const bytes = new TextEncoder().encode( text );
	return `=?UTF-8?B?${ btoa( String.fromCharCode( ...bytes ) ) }?=`;
}

function base64Lines( text: string ): string {
	const bytes = new TextEncoder().encode( text );
	let binary = '';
	for ( const byte of bytes ) binary += String.fromCharCode( byte );
	return ( btoa( binary ).match( /.{1,76}/g ) ?? [] ).join( '\r\n' );
}

/** The raw message the binding sends. */
export function mimeMessage( from: string, message: MailMessage, now = new Date() ): string {
	const domain = bareAddress( from ).split( '@' )[ 1 ] ?? 'localhost';
	return [
		`From: ${ from }`,
		`To: ${ message.to }`,
		`Subject: ${ encodedHeader( message.subject ) }`,
		`Date: ${ now.toUTCString() }`,
		`Message-ID: <${ crypto.randomUUID() }@${ domain }>`,
		'MIME-Version: 1.0',
		'Content-Type: text/plain; charset=utf-8',
		'Content-Transfer-Encoding: base64',
		'',
		base64Lines( message.text ),
		'',
	].join( '\r\n' );
}

export function bindingMailSender( binding: SendEmail, from: string ): MailSender {
	return {
		async send( message: MailMessage ) {
			await binding.send( new EmailMessage( bareAddress( from ), message.to, mimeMessage( from, message ) ) );
		},
	};
}
