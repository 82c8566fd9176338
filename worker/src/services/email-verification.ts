/**
 * Email verification, and with it the free-trial grant: a new owner's account exists at once
 * but holds no credits until the emailed link is followed. The grant is one guarded D1 batch,
 * keyed "trial:<account>" in the ledger, so it happens at most once per account however many
 * links are followed.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { users, type User } from '../db/schema';
import type { Env } from '../env';
import { enforceLimit } from '../lib/rate-limit';
import { consumeEmailToken, issueEmailToken } from './email-tokens';
import { mailSender } from './mail';

const VERIFY_TTL_MS = 48 * 3600 * 1000;

export const verificationPath = ( token: string ) => `/portal/verify-email/${ token }`;

/** Emails `user` a fresh verification link (earlier links stop working); a few per user and minute at most. */
export async function sendVerificationEmail( { db, env }: { db: Database; env: Env }, user: Pick<User, 'id' | 'email'>, origin: string ): Promise<void> {
	await enforceLimit( env, 'RATE_LIMIT_LOGIN', `verify:${ user.id }` );
	const token = await issueEmailToken( { db }, user.id, 'verify_email', VERIFY_TTL_MS );
	await mailSender( env ).send( {
		to: user.email,
		subject: 'Confirm your email address for IGNY8',
		text: [
			'Welcome to IGNY8.',
			'',
			'Confirm your email address to receive your free-trial credits:',
			`${ origin }${ verificationPath( token ) }`,
			'',
			'The link works once and for 48 hours. If you did not create an IGNY8 account, ignore this email.',
		].join( '\n' ),
	} );
}

export interface VerificationResult {
	/** Credits granted now (0 when the account had its trial already, or the user is not its owner). */
	granted: number;
	accountId: string;
}

/** Follows a verification link: marks the email verified and grants the trial once. Null for a bad, used or expired link. */
export async function verifyEmail( { db }: { db: Database }, token: string, now = Date.now() ): Promise<VerificationResult | null> {
	const userId = await consumeEmailToken( { db }, token, 'verify_email', now );
	if ( ! userId ) return null;
	const d1 = db.$client;
	const grantId = crypto.randomUUID();
	const [ , grant ] = await d1.batch( [
		d1.prepare( 'UPDATE users SET email_verified_at = ?2, updated_at = ?2 WHERE id = ?1 AND email_verified_at IS NULL' ).bind( userId, now ),
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?2, a.id, 'grant', p.included_credits, p.included_credits, 0, a.credits + p.included_credits, 'trial:' || a.id,
				        p.name || ' plan: ' || p.included_credits || ' credits (email verified)', ?3
				 FROM users u JOIN accounts a ON a.id = u.account_id JOIN plans p ON p.id = a.plan_id
				 WHERE u.id = ?1 AND u.role = 'owner' AND a.status = 'trial' AND p.included_credits > 0
				   AND NOT EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = 'trial:' || a.id)`
			)
			.bind( userId, grantId, now ),
		d1
			.prepare(
				`UPDATE accounts SET
					credits = credits + (SELECT amount FROM credit_ledger WHERE id = ?1),
					allowance_credits = allowance_credits + (SELECT amount FROM credit_ledger WHERE id = ?1),
					updated_at = ?2
				 WHERE id = (SELECT account_id FROM credit_ledger WHERE id = ?1)`
			)
			.bind( grantId, now ),
	] );
	const user = await db.query.users.findFirst( { where: eq( users.id, userId ), columns: { accountId: true } } );
	const granted = ( grant?.meta.changes ?? 0 ) > 0 ? ( await d1.prepare( 'SELECT amount FROM credit_ledger WHERE id = ?' ).bind( grantId ).first<{ amount: number }>() )?.amount ?? 0 : 0;
	return { granted, accountId: user?.accountId ?? '' };
}
