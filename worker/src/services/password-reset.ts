/**
 * Password reset by emailed link: the request never says whether the address has an account;
 * the link's token is single use, expires after an hour and is stored hashed. Setting the new
 * password signs the user out everywhere: every portal session and every API refresh token.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { users } from '../db/schema';
import type { Env } from '../env';
import { hashPassword, passwordPepper } from '../lib/passwords';
import { enforceLimit } from '../lib/rate-limit';
import { normalizeEmail } from './auth';
import { consumeEmailToken, issueEmailToken } from './email-tokens';
import { mailSender } from './mail';
import { signOutEverywhere } from './sign-outs';

const RESET_TTL_MS = 3600 * 1000;

export const resetPath = ( token: string ) => `/portal/reset-password/${ token }`;

/** Emails a reset link when an active user has this address; silent otherwise (no account enumeration). */
export async function requestPasswordReset( { db, env }: { db: Database; env: Env }, email: string, origin: string ): Promise<void> {
	// Resolved before the lookup, so a misconfigured service answers the same for every address.
	const mail = mailSender( env );
	// A few links per address and minute: nobody can flood a mailbox through this form.
	await enforceLimit( env, 'RATE_LIMIT_LOGIN', `reset:${ normalizeEmail( email ) }` );
	const user = await db.query.users.findFirst( { where: and( eq( users.email, normalizeEmail( email ) ), eq( users.isActive, true ) ), columns: { id: true, email: true } } );
	if ( ! user ) return;
	const token = await issueEmailToken( { db }, user.id, 'reset_password', RESET_TTL_MS );
	await mail.send( {
		to: user.email,
		subject: 'Reset your IGNY8 password',
		text: [
			'Someone (we hope you) asked to reset the password of your IGNY8 account.',
			'',
			'Choose a new password here:',
			`${ origin }${ resetPath( token ) }`,
			'',
			'The link works once and for one hour. Setting a new password signs you out everywhere.',
			'If you did not ask for this, ignore this email: your password stays as it is.',
		].join( '\n' ),
	} );
}

/** Sets the new password through a reset link and ends every sign-in; false for a bad, used or expired link. */
export async function resetPassword( { db, env }: { db: Database; env: Env }, token: string, password: string ): Promise<boolean> {
	const passwordHash = await hashPassword( passwordPepper( env ), password );
	const userId = await consumeEmailToken( { db }, token, 'reset_password' );
	if ( ! userId ) return false;
	const now = new Date();
	await db.batch( [ db.update( users ).set( { passwordHash, updatedAt: now } ).where( eq( users.id, userId ) ), ...signOutEverywhere( db, userId, now ) ] );
	return true;
}
