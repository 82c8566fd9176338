/** The signed-in user, the account's users (owner-managed) and the account's own settings. */
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, plans, users, type UserRole } from '../db/schema';
import { badRequest, notFound } from '../lib/errors';
import type { Env } from '../env';
import { hashPassword, passwordPepper } from '../lib/passwords';
import { normalizeEmail, publicUser } from './auth';

/** GET /auth/me: who I am and which account (plan, status, warning level) I act for. */
export async function describeMe( { db }: { db: Database }, userId: string, accountId: string ) {
	const user = await db.query.users.findFirst( { where: eq( users.id, userId ) } );
	const [ row ] = await db.select( { account: accounts, plan: plans } ).from( accounts ).innerJoin( plans, eq( plans.id, accounts.planId ) ).where( eq( accounts.id, accountId ) ).limit( 1 );
	if ( ! user || ! row ) throw notFound( 'User not found.' );
	const { account, plan } = row;
	return {
		user: { ...publicUser( user ), created_at: user.createdAt.toISOString() },
		account: {
			id: account.id,
			name: account.name,
			slug: account.slug,
			status: account.status,
			low_balance_threshold: account.lowBalanceThreshold ?? plan.lowBalanceThreshold,
			plan: { slug: plan.slug, name: plan.name, monthly_credits: plan.monthlyCredits },
		},
	};
}

export async function listUsers( { db }: { db: Database }, accountId: string ) {
	const rows = await db.query.users.findMany( { where: eq( users.accountId, accountId ), orderBy: asc( users.createdAt ) } );
	return rows.map( ( user ) => ( { ...publicUser( user ), is_active: user.isActive, created_at: user.createdAt.toISOString() } ) );
}

/** An owner adds an admin or a viewer to the account (owners are created by register only). */
export async function createUser( { db, env }: { db: Database; env: Env }, accountId: string, input: { email: string; password: string; role: Exclude<UserRole, 'owner'> } ) {
	const email = normalizeEmail( input.email );
	if ( await db.query.users.findFirst( { where: eq( users.email, email ), columns: { id: true } } ) ) {
		throw badRequest( 'Validation failed.', { email: [ 'A user with this email already exists.' ] } );
	}
	const now = new Date();
	const user = { id: crypto.randomUUID(), accountId, email, passwordHash: await hashPassword( passwordPepper( env ), input.password ), role: input.role, isActive: true, createdAt: now, updatedAt: now };
	await db.insert( users ).values( user );
	return publicUser( user );
}

/** Owner settings: the account name and the low-balance warning level (null = the plan's). */
export async function updateAccount( { db }: { db: Database }, accountId: string, input: { name?: string | undefined; low_balance_threshold?: number | null | undefined } ) {
	const changes: Partial<typeof accounts.$inferInsert> = { updatedAt: new Date() };
	if ( input.name !== undefined ) changes.name = input.name.trim();
	if ( input.low_balance_threshold !== undefined ) changes.lowBalanceThreshold = input.low_balance_threshold;
	await db.update( accounts ).set( changes ).where( eq( accounts.id, accountId ) );
}
