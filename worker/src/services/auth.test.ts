import { describe, expect, it } from 'vitest';
import { hashPassword, passwordPepper, verifyPassword } from '../lib/passwords';
import { jwtSecret } from './auth';

describe( 'passwords', () => {
	it( 'hashes with HMAC-SHA256 under the pepper, then PBKDF2-SHA256, 100,000 iterations and a random salt', async () => {
		const one = await hashPassword( 'pepper', 'correct horse battery' );
		const two = await hashPassword( 'pepper', 'correct horse battery' );
		expect( one ).toMatch( /^hmac_pbkdf2_sha256\$100000\$[\w-]{22}\$[\w-]{43}$/ );
		expect( one ).not.toBe( two );
		expect( await verifyPassword( 'pepper', 'correct horse battery', one ) ).toEqual( { valid: true, needsRehash: false } );
		expect( ( await verifyPassword( 'pepper', 'correct horse batterY', one ) ).valid ).toBe( false );
		expect( ( await verifyPassword( 'another pepper', 'correct horse battery', one ) ).valid ).toBe( false );
		expect( ( await verifyPassword( 'pepper', 'x', 'md5$abc' ) ).valid ).toBe( false );
	} );
} );

describe( 'the secrets', () => {
	it( 'have built-in defaults only in development (and tests, for the pepper)', () => {
		expect( jwtSecret( { ENVIRONMENT: 'development' } ) ).toBeTruthy();
		expect( jwtSecret( { ENVIRONMENT: 'production', JWT_SECRET: 's3cret' } ) ).toBe( 's3cret' );
		expect( () => jwtSecret( { ENVIRONMENT: 'production' } ) ).toThrow( /JWT_SECRET/ );
		expect( passwordPepper( { ENVIRONMENT: 'test' } ) ).toBeTruthy();
		expect( passwordPepper( { ENVIRONMENT: 'production', PASSWORD_PEPPER: 'p3pper' } ) ).toBe( 'p3pper' );
		expect( () => passwordPepper( { ENVIRONMENT: 'production' } ) ).toThrow( /not fully configured/ );
	} );
} );
