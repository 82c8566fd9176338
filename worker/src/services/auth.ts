/**
 * Portal sign-in: registration (account + owner; the free-trial grant follows email verification), login, access
 * tokens (JWT HS256, 15 min, carrying the session id `sid`) and rotating refresh tokens
 * (random, stored hashed, grouped in a family per sign-in). Logout revokes the family;
 * a user token is accepted only while its family has a live refresh token.
 */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { sign, verify } from 'hono/jwt';
import type { Database } from '../db/client';
import { accounts, plans, refreshTokens, users, type User, type UserRole } from '../db/schema';
import type { Env } from '../env';
import { randomBytes, sha256Hex, toBase64Url } from '../lib/crypto';
import { badRequest, unauthorized } from '../lib/errors';
import { DUMMY_HASH, hashPassword, passwordPepper, verifyPassword } from '../lib/passwords';
import { periodOf } from '../lib/period';
import { sendVerificationEmail } from './email-verification';

export const FREE_TRIAL_PLAN = 'free-trial';
const ACCESS_TTL_SECONDS = 15 * 60;
const REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;
const DEV_JWT_SECRET = 'igny8-development-only-jwt-secret';

/** The JWT secret; the built-in default exists only for ENVIRONMENT=development. */
export function jwtSecret( env: Pick<Env, 'JWT_SECRET' | 'ENVIRONMENT'> ): string {
	if ( env.JWT_SECRET ) return env.JWT_SECRET;
	if ( env.ENVIRONMENT === 'development' ) return DEV_JWT_SECRET;
	throw new Error( 'JWT_SECRET is not set (required outside ENVIRONMENT=development).' );
}

export interface AccessClaims {
	sub: string;
	acc: string;
	role: string;
	/** The sign-in (refresh token family) this token belongs to. */
	sid: string;
}

export async function issueAccessToken( env: Env, user: Pick<User, 'id' | 'accountId' | 'role'>, sid = '' ): Promise<string> {
	const now = Math.floor( Date.now() / 1000 );
	return sign( { sub: user.id, acc: user.accountId, role: user.role, sid, typ: 'access', iat: now, exp: now + ACCESS_TTL_SECONDS }, jwtSecret( env ), 'HS256' );
}

/** The claims of a valid access token, or null (expired, forged, wrong type, no session). */
export async function verifyAccessToken( env: Env, token: string ): Promise<AccessClaims | null> {
	try {
		const payload = await verify( token, jwtSecret( env ), 'HS256' );
		if ( payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.acc !== 'string' || typeof payload.sid !== 'string' || ! payload.sid ) return null;
		return { sub: payload.sub, acc: payload.acc, role: String( payload.role ), sid: payload.sid };
	} catch {
		return null;
	}
}

/** The user behind valid claims while the session is live (not logged out) and the user active. */
export async function sessionUser( { db }: { db: Database }, claims: AccessClaims ): Promise<User | null> {
	// One round trip: the user row, only if one of the family's refresh tokens is still live.
	const [ user ] = await db
		.select()
		.from( users )
		.where(
			and(
				eq( users.id, claims.sub ),
				eq( users.accountId, claims.acc ),
				eq( users.isActive, true ),
				sql`EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = ${ claims.sid } AND user_id = ${ claims.sub } AND revoked_at IS NULL AND expires_at > ${ Date.now() })`
			)
		)
		.limit( 1 );
	return user ?? null;
}

async function issueRefreshToken( db: Database, userId: string, familyId: string ): Promise<string> {
	const token = `igny8_rt_${ toBase64Url( randomBytes( 32 ) ) }`;
	const now = Date.now();
	await db.insert( refreshTokens ).values( { id: crypto.randomUUID(), userId, familyId, tokenHash: await sha256Hex( token ), expiresAt: new Date( now + REFRESH_TTL_MS ), createdAt: new Date( now ) } );
	return token;
}

/** A new session: refresh token (new family) and an access token bound to it. */
async function startSession( db: Database, env: Env, user: Pick<User, 'id' | 'accountId' | 'role'> ) {
	const sid = crypto.randomUUID();
	const refresh = await issueRefreshToken( db, user.id, sid );
	return { access: await issueAccessToken( env, user, sid ), refresh };
}

function slugify( name: string ): string {
	const slug = name.toLowerCase().normalize( 'NFKD' ).replace( /[^a-z0-9]+/g, '-' ).replace( /^-+|-+$/g, '' ).slice( 0, 48 );
	return slug || 'account';
}

export const publicUser = ( user: Pick<User, 'id' | 'email' | 'role'> ) => ( { id: user.id, email: user.email, role: user.role } );

export const normalizeEmail = ( email: string ) => email.trim().toLowerCase();

/** Creates account + owner (not yet verified, so no credits yet), emails the verification link, and signs the owner in. */
export async function register( { db, env }: { db: Database; env: Env }, input: SignUpInput, origin: string ) {
	const { user, account } = await createAccountWithOwner( { db, env }, input );
	await sendVerificationEmail( { db, env }, user, origin );
	return { user: publicUser( user ), account, email_verified: false, ...( await startSession( db, env, user ) ) };
}

export interface SignUpInput {
	email: string;
	password: string;
	account_name: string;
}

/**
 * Creates account + owner on the free-trial plan with no credits: the trial grant waits for the
 * owner's email verification (services/email-verification.ts), so a made-up address earns nothing.
 * No session: the API and the portal start their own.
 */
export async function createAccountWithOwner( { db, env }: { db: Database; env: Env }, input: SignUpInput ) {
	const email = normalizeEmail( input.email );
	if ( await db.query.users.findFirst( { where: eq( users.email, email ), columns: { id: true } } ) ) {
		throw badRequest( 'Registration failed.', { email: [ 'A user with this email already exists.' ] } );
	}
	const plan = await db.query.plans.findFirst( { where: eq( plans.slug, FREE_TRIAL_PLAN ) } );
	if ( ! plan ) throw new Error( 'The free-trial plan is missing: apply the D1 migrations.' );

	let slug = slugify( input.account_name );
	if ( await db.query.accounts.findFirst( { where: eq( accounts.slug, slug ), columns: { id: true } } ) ) {
		slug = `${ slug }-${ toBase64Url( randomBytes( 4 ) ).toLowerCase().replace( /[^a-z0-9]/g, 'x' ) }`;
	}
	const now = new Date();
	const accountId = crypto.randomUUID();
	const passwordHash = await hashPassword( passwordPepper( env ), input.password );
	const user = { id: crypto.randomUUID(), accountId, email, passwordHash, role: 'owner' as UserRole, isActive: true, emailVerifiedAt: null, createdAt: now, updatedAt: now };
	await db.batch( [
		db.insert( accounts ).values( { id: accountId, name: input.account_name.trim(), slug, planId: plan.id, credits: 0, allowanceCredits: 0, topupCredits: 0, allowancePeriod: periodOf( now.getTime() ), status: 'trial', createdAt: now, updatedAt: now } ),
		db.insert( users ).values( user ),
	] );
	return { user, account: { id: accountId, name: input.account_name.trim(), slug } };
}

/** The active user with this email and password; throws the same 401 for every wrong combination. */
export async function verifyCredentials( { db, env }: { db: Database; env: Env }, input: { email: string; password: string } ): Promise<User> {
	const pepper = passwordPepper( env );
	const user = await db.query.users.findFirst( { where: eq( users.email, normalizeEmail( input.email ) ) } );
	// Hash even when the user is unknown, so timing does not reveal which emails exist.
	const check = await verifyPassword( pepper, input.password, user?.passwordHash ?? DUMMY_HASH );
	if ( ! user || ! check.valid || ! user.isActive ) throw unauthorized( 'Invalid email or password.' );
	if ( check.needsRehash ) {
		// The one moment the plain password is known: move an older hash to the peppered format.
		const passwordHash = await hashPassword( pepper, input.password );
		await db.update( users ).set( { passwordHash } ).where( and( eq( users.id, user.id ), eq( users.passwordHash, user.passwordHash ) ) );
		return { ...user, passwordHash };
	}
	return user;
}

export async function login( { db, env }: { db: Database; env: Env }, input: { email: string; password: string } ) {
	const user = await verifyCredentials( { db, env }, input );
	return { ...( await startSession( db, env, user ) ), user: publicUser( user ) };
}

const revokeFamily = ( db: Database, familyId: string ) =>
	db.update( refreshTokens ).set( { revokedAt: new Date() } ).where( and( eq( refreshTokens.familyId, familyId ), isNull( refreshTokens.revokedAt ) ) );

/**
 * Swaps a refresh token for a new pair in the same family; the old one is revoked.
 * Presenting an already-rotated token revokes the whole family: someone else has it.
 */
export async function refresh( { db, env }: { db: Database; env: Env }, token: string ) {
	// No token leaves a deployment that could not check a password, refresh included (it never sees one).
	passwordPepper( env );
	const row = await db.query.refreshTokens.findFirst( { where: eq( refreshTokens.tokenHash, await sha256Hex( token ) ) } );
	if ( row?.revokedAt && row.familyId ) await revokeFamily( db, row.familyId );
	if ( ! row || row.revokedAt || row.expiresAt.getTime() <= Date.now() ) throw unauthorized( 'Invalid or expired refresh token.' );
	const user = await db.query.users.findFirst( { where: eq( users.id, row.userId ) } );
	if ( ! user || ! user.isActive ) throw unauthorized( 'Invalid or expired refresh token.' );
	const revoked = await db
		.update( refreshTokens )
		.set( { revokedAt: new Date() } )
		.where( and( eq( refreshTokens.id, row.id ), isNull( refreshTokens.revokedAt ), gt( refreshTokens.expiresAt, new Date() ) ) )
		.returning( { id: refreshTokens.id } );
	if ( revoked.length === 0 ) throw unauthorized( 'Invalid or expired refresh token.' );
	const familyId = row.familyId ?? row.id;
	const next = await issueRefreshToken( db, user.id, familyId );
	return { access: await issueAccessToken( env, user, familyId ), refresh: next, user: publicUser( user ) };
}

/** Ends the session: every refresh token of the family is revoked, so its access tokens stop working too. */
export async function logout( { db }: { db: Database }, sid: string ): Promise<void> {
	await revokeFamily( db, sid );
}
