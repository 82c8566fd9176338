/** drizzle-kit: schema.ts is the one source of truth; its SQL goes where wrangler applies migrations. */
import { defineConfig } from 'drizzle-kit';

export default defineConfig( {
	dialect: 'sqlite',
	schema: './src/db/schema.ts',
	out: '../d1-migrations',
} );
