/**
 * Portal accounts and users: registration (with the free-trial grant), login,
 * access tokens (JWT HS256, 15 min) and rotating refresh tokens (random, stored hashed).
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { sign, verify } from 'hono/jwt';
import type { Database } from '../db/client';
import { accounts, creditLedger, plans, refreshTokens, users, type User } from '../db/schema';
import type { Env } from '../env';
import { badRequest, unauthorized } from '../lib/errors';
import { fromBase64Url, randomBytes, sha256Hex, timingSafeEqual, toBase64Url } from '../lib/crypto';

export const FREE_TRIAL_PLAN = 'free-trial';
const ACCESS_TTL_SECONDS = 15 * 60;
const REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;
// Workers cap PBKDF2 at 100,000 iterations; the count is stored with each hash so it can grow elsewhere.
const PBKDF2_ITERATIONS = 100_000;
const DEV_JWT_SECRET = 'igny8-development-only-jwt-secret';

/** The JWT secret; the built-in default exists only for ENVIRONMENT=development. */
export function jwtSecret( env: Pick<Env, 'JWT_SECRET' | 'ENVIRONMENT'> ): string {
	if ( env.JWT_SECRET ) return env.JWT_SECRET;
	if ( env.ENVIRONMENT === 'development' ) return DEV_JWT_SECRET;
	throw new Error( 'JWT_SECRET is not set (required outside ENVIRONMENT=development).' );
}

async function pbkdf2( password: string, salt: Uint8Array<ArrayBuffer>, iterations: number ): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey( 'raw', new TextEncoder().encode( password ), 'PBKDF2', false, [ 'deriveBits' ] );
	return new Uint8Array( await crypto.subtle.deriveBits( { name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256 ) );
}

/** "pbkdf2_sha256$<iterations>$<salt>$<hash>" (base64url), the Django-style layout. */
export async function hashPassword( password: string ): Promise<string> {
	const salt = randomBytes( 16 );
	const hash = await pbkdf2( password, salt, PBKDF2_ITERATIONS );
	return `pbkdf2_sha256$${ PBKDF2_ITERATIONS }$${ toBase64Url( salt ) }$${ toBase64Url( hash ) }`;
}

export async function verifyPassword( password: string, stored: string ): Promise<boolean> {
	const [ algorithm, iterations, salt, hash ] = stored.split( '$' );
	if ( algorithm !== 'pbkdf2_sha256' || ! iterations || ! salt || ! hash ) return false;
	const actual = await pbkdf2( password, fromBase64Url( salt ), Number( iterations ) );
	return timingSafeEqual( actual, fromBase64Url( hash ) );
}

export interface AccessClaims {
	sub: string;
	acc: string;
	role: string;
}

export async function issueAccessToken( env: Env, user: Pick<User, 'id' | 'accountId' | 'role'> ): Promise<string> {
	const now = Math.floor( Date.now() / 1000 );
	return sign( { sub: user.id, acc: user.accountId, role: user.role, typ: 'access', iat: now, exp: now + ACCESS_TTL_SECONDS }, jwtSecret( env ), 'HS256' );
}

/** The claims of a valid access token, or null (expired, forged, wrong type). */
export async function verifyAccessToken( env: Env, token: string ): Promise<AccessClaims | null> {
	try {
		const payload = await verify( token, jwtSecret( env ), 'HS256' );
		if ( payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.acc !== 'string' ) return null;
		return { sub: payload.sub, acc: payload.acc, role: String( payload.role ) };
	} catch {
		return null;
	}
}

async function issueRefreshToken( db: Database, userId: string ): Promise<string> {
	const token = `igny8_rt_${ toBase64Url( randomBytes( 32 ) ) }`;
	const now = Date.now();
	await db.insert( refreshTokens ).values( { id: crypto.randomUUID(), userId, tokenHash: await sha256Hex( token ), expiresAt: new Date( now + REFRESH_TTL_MS ), createdAt: new Date( now ) } );
	return token;
}

function slugify( name: string ): string {
	const slug = name.toLowerCase().normalize( 'NFKD' ).replace( /[^a-z0-9]+/g, '-' ).replace( /^-+|-+$/g, '' ).slice( 0, 48 );
	return slug || 'account';
}

export const publicUser = ( user: Pick<User, 'id' | 'email' | 'role'> ) => ( { id: user.id, email: user.email, role: user.role } );

/** Creates account + owner + the free-trial grant in one batch, and signs the owner in. */
export async function register( { db, env }: { db: Database; env: Env }, input: { email: string; password: string; account_name: string } ) {
	const email = input.email.trim().toLowerCase();
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
	const user = { id: crypto.randomUUID(), accountId, email, passwordHash: await hashPassword( input.password ), role: 'owner' as const, isActive: true, createdAt: now, updatedAt: now };
	await db.batch( [
		db.insert( accounts ).values( { id: accountId, name: input.account_name.trim(), slug, planId: plan.id, credits: plan.includedCredits, status: 'trial', createdAt: now, updatedAt: now } ),
		db.insert( users ).values( user ),
		db.insert( creditLedger ).values( {
			id: crypto.randomUUID(),
			accountId,
			kind: 'grant',
			amount: plan.includedCredits,
			balanceAfter: plan.includedCredits,
			idempotencyKey: `grant:signup:${ accountId }`,
			reason: `${ plan.name } plan: ${ plan.includedCredits } credits`,
			createdAt: now,
		} ),
	] );
	return {
		user: publicUser( user ),
		account: { id: accountId, name: input.account_name.trim(), slug },
		access: await issueAccessToken( env, user ),
		refresh: await issueRefreshToken( db, user.id ),
	};
}

export async function login( { db, env }: { db: Database; env: Env }, input: { email: string; password: string } ) {
	const user = await db.query.users.findFirst( { where: eq( users.email, input.email.trim().toLowerCase() ) } );
	// Hash even when the user is unknown, so timing does not reveal which emails exist.
	const valid = await verifyPassword( input.password, user?.passwordHash ?? `pbkdf2_sha256$${ PBKDF2_ITERATIONS }$AAAAAAAAAAAAAAAAAAAAAA$AAAA` );
	if ( ! user || ! valid || ! user.isActive ) throw unauthorized( 'Invalid email or password.' );
	return { access: await issueAccessToken( env, user ), refresh: await issueRefreshToken( db, user.id ), user: publicUser( user ) };
}

/** Swaps a refresh token for a new pair; the old one is revoked (rotation). */
export async function refresh( { db, env }: { db: Database; env: Env }, token: string ) {
	const row = await db.query.refreshTokens.findFirst( {
		where: and( eq( refreshTokens.tokenHash, await sha256Hex( token ) ), isNull( refreshTokens.revokedAt ), gt( refreshTokens.expiresAt, new Date() ) ),
	} );
	const user = row ? await db.query.users.findFirst( { where: eq( users.id, row.userId ) } ) : undefined;
	if ( ! row || ! user || ! user.isActive ) throw unauthorized( 'Invalid or expired refresh token.' );
	const revoked = await db
		.update( refreshTokens )
		.set( { revokedAt: new Date() } )
		.where( and( eq( refreshTokens.id, row.id ), isNull( refreshTokens.revokedAt ) ) )
		.returning( { id: refreshTokens.id } );
	if ( revoked.length === 0 ) throw unauthorized( 'Invalid or expired refresh token.' );
	return { access: await issueAccessToken( env, user ), refresh: await issueRefreshToken( db, user.id ), user: publicUser( user ) };
}
