/** @jsxImportSource hono/jsx */
/**
 * Account: change password (signs out the user's other sessions), the low-balance warning level
 * (owners), the team (users and open invitations) and, for owners, inviting a team member as admin or viewer. The
 * invitation link is shown once to the owner, who sends it to the person.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import * as z from 'zod';
import { ApiError, badRequest } from '../../lib/errors';
import { fieldErrors } from '../../lib/validate';
import { passwordSchema } from '../../routes/auth';
import { changePassword } from '../../services/portal-sessions';
import { createInvite, listOpenInvites } from '../../services/portal-invites';
import { listUsers, updateAccount } from '../../services/users';
import { accounts, plans, USER_ROLES } from '../../db/schema';
import { changeRole, emailInvitation, removeMember } from '../../services/team';
import { eq } from 'drizzle-orm';
import { ActionForm, CsrfField, Field, Notice, type FormErrors } from '../components/forms';
import { when } from '../components/format';
import { verifyCsrf } from '../csrf';
import { formOf, renderPage, viewerOf } from '../render';
import { requireRole, requireSession } from '../session';
import type { PortalEnv } from '../types';

const passwordForm = z
	.object( { current_password: z.string().min( 1, 'Enter your current password.' ).max( 200 ), new_password: passwordSchema, confirm_password: z.string() } )
	.refine( ( value ) => value.new_password === value.confirm_password, { message: 'The two new passwords differ.', path: [ 'confirm_password' ] } );
const settingsForm = z.object( {
	low_balance_threshold: z.string().trim().regex( /^\d{0,9}$/, 'Enter a whole number of credits, or leave it empty for the plan’s level.' ),
} );
const roleForm = z.object( { role: z.enum( USER_ROLES, 'Choose owner, admin or viewer.' ) } );
const inviteForm = z.object( { email: z.email( 'Enter a valid email address.' ).max( 254 ), role: z.enum( [ 'admin', 'viewer' ], 'Choose admin or viewer.' ) } );

interface AccountExtras {
	notice?: { kind: 'success' | 'error'; text: string };
	passwordErrors?: FormErrors;
	settingsErrors?: FormErrors;
	settingsValues?: Record<string, string>;
	inviteErrors?: FormErrors;
	inviteValues?: Record<string, string>;
	inviteLink?: string;
	status?: 200 | 201 | 400 | 409;
}

async function accountPage( c: Context<PortalEnv>, extra: AccountExtras = {} ) {
	const { user } = c.var.portal!;
	const db = c.var.db;
	const [ team, invites, viewer, account ] = await Promise.all( [
		listUsers( { db }, user.accountId ),
		listOpenInvites( { db }, user.accountId ),
		viewerOf( c ),
		db.select( { own: accounts.lowBalanceThreshold, plan: plans.lowBalanceThreshold } ).from( accounts ).innerJoin( plans, eq( plans.id, accounts.planId ) ).where( eq( accounts.id, user.accountId ) ).get(),
	] );
	const threshold = extra.settingsValues?.low_balance_threshold ?? ( account?.own === null || account?.own === undefined ? '' : String( account.own ) );
	return renderPage(
		c,
		{ title: 'Account', viewer, current: '/portal/account', status: extra.status ?? 200 },
		<>
			{ extra.notice ? <Notice kind={ extra.notice.kind }>{ extra.notice.text }</Notice> : null }
			<p>
				Account <strong>{ viewer.accountName }</strong> · ID <code id="account-id">{ user.accountId }</code> (quote it when you contact support)
			</p>
			{ extra.inviteLink ? (
				<div class="panel">
					<label for="invite-link">Invitation link (shown once; valid 7 days)</label>
					<div class="key">
						<input id="invite-link" readonly value={ extra.inviteLink } aria-describedby="invite-link-status" />
						<button type="button" class="secondary" data-copy="invite-link" hidden>
							Copy
						</button>
					</div>
					<small id="invite-link-status" role="status"></small>
				</div>
			) : null }
			<div class="grid2">
				<form method="post" action="/portal/account/password" class="panel">
					<h2>Change password</h2>
					<CsrfField token={ viewer.csrf } />
					<Field name="current_password" label="Current password" type="password" autocomplete="current-password" errors={ extra.passwordErrors } />
					<Field name="new_password" label="New password" type="password" autocomplete="new-password" hint="At least 8 characters." errors={ extra.passwordErrors } />
					<Field name="confirm_password" label="New password again" type="password" autocomplete="new-password" errors={ extra.passwordErrors } />
					<button type="submit">Change password</button>
				</form>
				{ viewer.role === 'owner' ? (
					<form method="post" action="/portal/account/settings" class="panel">
						<h2>Low-balance warning</h2>
						<CsrfField token={ viewer.csrf } />
						<Field name="low_balance_threshold" label="Warn below (credits)" type="number" required={ false } value={ threshold } errors={ extra.settingsErrors } hint={ `The portal and WordPress warn when the balance falls below this. Empty: the plan’s level (${ account?.plan ?? 0 }).` } />
						<button type="submit">Save warning level</button>
					</form>
				) : null }
				{ viewer.role === 'owner' ? (
					<form method="post" action="/portal/team/invite" class="panel">
						<h2>Invite a team member</h2>
						<CsrfField token={ viewer.csrf } />
						<Field name="email" label="Email" type="email" value={ extra.inviteValues?.email ?? '' } errors={ extra.inviteErrors } />
						<p class="field">
							<label for="f-role">Role</label>
							<select id="f-role" name="role">
								<option value="viewer">Viewer — sees everything, changes nothing</option>
								<option value="admin" selected={ extra.inviteValues?.role === 'admin' }>Admin — manages sites and buys credits</option>
							</select>
						</p>
						<button type="submit">Create invitation</button>
					</form>
				) : null }
			</div>
			<div class="scroll">
				<table>
					<caption>Team</caption>
					<thead>
						<tr>
							<th scope="col">Email</th>
							<th scope="col">Role</th>
							<th scope="col">Since</th>
							{ viewer.role === 'owner' ? <th scope="col">Actions</th> : null }
						</tr>
					</thead>
					<tbody>
						{ team.filter( ( member ) => member.is_active ).map( ( member ) => (
							<tr>
								<td>{ member.email }</td>
								<td>{ member.role }</td>
								<td>{ when( member.created_at ) }</td>
								{ viewer.role === 'owner' ? (
									<td class="actions">
										<form method="post" action={ `/portal/team/${ member.id }/role` } class="inline">
											<CsrfField token={ viewer.csrf } />
											<label for={ `role-${ member.id }` } class="visually-hidden">{ `Role of ${ member.email }` }</label>
											<select id={ `role-${ member.id }` } name="role">
												{ USER_ROLES.map( ( role ) => (
													<option value={ role } selected={ role === member.role }>
														{ role }
													</option>
												) ) }
											</select>{ ' ' }
											<button type="submit" class="secondary">Change role</button>
										</form>
										<ActionForm action={ `/portal/team/${ member.id }/remove` } token={ viewer.csrf } label="Remove" danger confirm={ `Remove ${ member.email }? They are signed out everywhere at once.` } />
									</td>
								) : null }
							</tr>
						) ) }
						{ invites.map( ( invite ) => (
							<tr>
								<td>{ invite.email }</td>
								<td>{ invite.role } (invited)</td>
								<td>expires { when( invite.expiresAt ) }</td>
								{ viewer.role === 'owner' ? <td></td> : null }
							</tr>
						) ) }
					</tbody>
				</table>
			</div>
		</>
	);
}

export const accountPages = new Hono<PortalEnv>()
	// GET /portal/account — password and team
	.get( '/account', requireSession, ( c ) => accountPage( c ) )
	// POST /portal/account/password — change password; other sessions of the user end
	.post( '/account/password', requireSession, verifyCsrf, async ( c ) => {
		const parsed = passwordForm.safeParse( await formOf( c ) );
		if ( ! parsed.success ) return accountPage( c, { passwordErrors: fieldErrors( parsed.error ), notice: { kind: 'error', text: 'The password was not changed.' }, status: 400 } );
		const session = c.var.portal!;
		try {
			await changePassword( { db: c.var.db, env: c.env }, session.user, session.sessionId, { current: parsed.data.current_password, next: parsed.data.new_password } );
		} catch ( error ) {
			if ( error instanceof ApiError && error.status === 400 ) return accountPage( c, { passwordErrors: error.errors ?? {}, notice: { kind: 'error', text: error.message }, status: 400 } );
			throw error;
		}
		return accountPage( c, { notice: { kind: 'success', text: 'Password changed. Your other sessions and API sign-ins were signed out.' } } );
	} )
	// POST /portal/account/settings — owner: the low-balance warning level (empty = the plan's)
	.post( '/account/settings', requireSession, verifyCsrf, requireRole( 'owner' ), async ( c ) => {
		const form = await formOf( c );
		const parsed = settingsForm.safeParse( form );
		if ( ! parsed.success ) return accountPage( c, { settingsErrors: fieldErrors( parsed.error ), settingsValues: form, notice: { kind: 'error', text: 'The warning level was not changed.' }, status: 400 } );
		const value = parsed.data.low_balance_threshold;
		await updateAccount( { db: c.var.db }, c.var.portal!.user.accountId, { low_balance_threshold: value === '' ? null : Number( value ) } );
		return accountPage( c, { notice: { kind: 'success', text: value === '' ? 'The low-balance warning follows the plan again.' : `You will be warned below ${ Number( value ).toLocaleString( 'en-US' ) } credits.` } } );
	} )
	// POST /portal/team/{user id}/role — owner: change a member's role (never the last owner's)
	.post( '/team/:id/role', requireSession, verifyCsrf, requireRole( 'owner' ), async ( c ) => {
		const parsed = roleForm.safeParse( await formOf( c ) );
		if ( ! parsed.success ) throw badRequest( 'Choose owner, admin or viewer.' );
		try {
			await changeRole( { db: c.var.db }, c.var.portal!.user.accountId, c.req.param( 'id' ), parsed.data.role );
		} catch ( error ) {
			if ( error instanceof ApiError && error.status === 409 ) return accountPage( c, { notice: { kind: 'error', text: error.message }, status: 409 } );
			throw error;
		}
		return accountPage( c, { notice: { kind: 'success', text: `Role changed to ${ parsed.data.role }; it applies to their next click.` } } );
	} )
	// POST /portal/team/{user id}/remove — owner: remove a member; their sessions and tokens end at once
	.post( '/team/:id/remove', requireSession, verifyCsrf, requireRole( 'owner' ), async ( c ) => {
		let email: string;
		try {
			email = await removeMember( { db: c.var.db }, c.var.portal!.user.accountId, c.req.param( 'id' ) );
		} catch ( error ) {
			if ( error instanceof ApiError && error.status === 409 ) return accountPage( c, { notice: { kind: 'error', text: error.message }, status: 409 } );
			throw error;
		}
		// Removing yourself ends this very session: back to the login page.
		if ( c.req.param( 'id' ) === c.var.portal!.user.id ) return c.redirect( '/portal/login', 303 );
		return accountPage( c, { notice: { kind: 'success', text: `${ email } was removed and signed out everywhere.` } } );
	} )
	// POST /portal/team/invite — owner: invite an admin or a viewer (the link is shown once)
	.post( '/team/invite', requireSession, verifyCsrf, requireRole( 'owner' ), async ( c ) => {
		const form = await formOf( c );
		const parsed = inviteForm.safeParse( form );
		if ( ! parsed.success ) return accountPage( c, { inviteErrors: fieldErrors( parsed.error ), inviteValues: form, notice: { kind: 'error', text: 'The invitation was not created.' }, status: 400 } );
		const session = c.var.portal!;
		try {
			const { token, email } = await createInvite( { db: c.var.db }, session.user.accountId, session.user.id, parsed.data );
			const link = `${ ( c.env.PUBLIC_URL || new URL( c.req.url ).origin ).replace( /\/+$/, '' ) }/portal/invite/${ token }`;
			await emailInvitation( c.env, { email, role: parsed.data.role, accountName: session.accountName, invitedBy: session.user.email, link } );
			return accountPage( c, { inviteLink: link, notice: { kind: 'success', text: `Invitation emailed to ${ email }. The link is also below, if you prefer to send it yourself.` }, status: 201 } );
		} catch ( error ) {
			if ( error instanceof ApiError && error.status === 400 ) return accountPage( c, { inviteErrors: error.errors ?? {}, inviteValues: form, notice: { kind: 'error', text: error.message }, status: 400 } );
			throw error;
		}
	} );
