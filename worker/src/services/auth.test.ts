import { describe, expect, it } from 'vitest';
import { hashPassword, jwtSecret, verifyPassword } from './auth';

describe( 'passwords', () => {
	it( 'hashes with PBKDF2-SHA256, 100,000 iterations and a random salt', async () => {
		const one = await hashPassword( 'correct horse battery' );
		const two = await hashPassword( 'correct horse battery' );
		expect( one ).toMatch( /^pbkdf2_sha256\$100000\$[\w-]{22}\$[\w-]{43}$/ );
		expect( one ).not.toBe( two );
		expect( await verifyPassword( 'correct horse battery', one ) ).toBe( true );
		expect( await verifyPassword( 'correct horse batterY', one ) ).toBe( false );
		expect( await verifyPassword( 'x', 'md5$abc' ) ).toBe( false );
	} );
} );

describe( 'the JWT secret', () => {
	it( 'has a built-in default only in development', () => {
		expect( jwtSecret( { ENVIRONMENT: 'development' } ) ).toBeTruthy();
		expect( jwtSecret( { ENVIRONMENT: 'production', JWT_SECRET: 's3cret' } ) ).toBe( 's3cret' );
		expect( () => jwtSecret( { ENVIRONMENT: 'production' } ) ).toThrow( /JWT_SECRET/ );
	} );
} );
