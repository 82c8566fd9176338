/**
 * The owner's team controls: change a member's role, remove a member, and email an invitation.
 * An account always keeps an active owner: demoting or removing the last one is refused in the
 * UPDATE itself, so two owners demoting each other at once cannot both succeed. A removed member's
 * portal sessions and API tokens end at once (they are also checked against is_active on every request).
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { users, type UserRole } from '../db/schema';
import type { Env } from '../env';
import { conflict, notFound } from '../lib/errors';
import { mailSender } from './mail';
import { signOutEverywhere } from './sign-outs';

const LAST_OWNER = 'The account needs at least one owner: make another member owner first.';
// True for the statement's target when it may stop being an owner (it is not one, or another active owner remains).
const KEEPS_AN_OWNER = `(role <> 'owner' OR (SELECT COUNT(*) FROM users o WHERE o.account_id = ?2 AND o.role = 'owner' AND o.is_active = 1 AND o.id <> ?1) > 0)`;

async function memberOf( db: Database, accountId: string, userId: string ) {
	const user = await db.query.users.findFirst( { where: eq( users.id, userId ) } );
	if ( ! user || user.accountId !== accountId || ! user.isActive ) throw notFound( 'This person is not a member of the account.' );
	return user;
}

/** Sets a member's role; the last owner cannot be demoted. */
export async function changeRole( { db }: { db: Database }, accountId: string, userId: string, role: UserRole ): Promise<void> {
	const member = await memberOf( db, accountId, userId );
	if ( member.role === role ) return;
	const result = await db.$client
		.prepare( `UPDATE users SET role = ?3, updated_at = ?4 WHERE id = ?1 AND account_id = ?2 AND is_active = 1 AND (?3 = 'owner' OR ${ KEEPS_AN_OWNER })` )
		.bind( userId, accountId, role, Date.now() )
		.run();
	if ( ( result.meta.changes ?? 0 ) !== 1 ) throw conflict( LAST_OWNER );
}

/** Removes a member: deactivated (their history stays) and signed out everywhere at once; never the last owner. */
export async function removeMember( { db }: { db: Database }, accountId: string, userId: string ): Promise<string> {
	const member = await memberOf( db, accountId, userId );
	const result = await db.$client
		.prepare( `UPDATE users SET is_active = 0, updated_at = ?3 WHERE id = ?1 AND account_id = ?2 AND is_active = 1 AND ${ KEEPS_AN_OWNER }` )
		.bind( userId, accountId, Date.now() )
		.run();
	if ( ( result.meta.changes ?? 0 ) !== 1 ) throw conflict( LAST_OWNER );
	await db.batch( signOutEverywhere( db, userId, new Date() ) );
	return member.email;
}

/** Emails the invitation link to the invited address. */
export async function emailInvitation( env: Env, invite: { email: string; role: string; accountName: string; invitedBy: string; link: string } ): Promise<void> {
	await mailSender( env ).send( {
		to: invite.email,
		subject: `You are invited to ${ invite.accountName } on IGNY8`,
		text: [
			`${ invite.invitedBy } invited you to join ${ invite.accountName } on IGNY8 as ${ invite.role }.`,
			'',
			'Choose your password and join here:',
			invite.link,
			'',
			'The link works once and for 7 days. If you did not expect this, ignore this email.',
		].join( '\n' ),
	} );
}
