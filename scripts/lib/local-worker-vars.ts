/**
 * The Worker's development settings for local stacks (`npm start`, `npm test`) and the Worker tests.
 * wrangler.toml itself holds production defaults only, so a plain `wrangler deploy` cannot ship these.
 * Never production values. (Dependency-free, so the vitest config and the stack scripts can import it;
 * `npm run dev -w worker` repeats them on its command line.)
 */
export const LOCAL_ENCRYPTION_KEY = 'aWdueTgtbG9jYWwtc3RhY2stb25seS1ub3Qtc2VjcmU='; // base64 of 32 public bytes
/** Seals the sites' own provider keys in local stacks; base64 of 32 public bytes, never a production value. */
export const LOCAL_PROVIDER_KEYS_ENCRYPTION_KEY = 'aWdueTgtbG9jYWwtcHJvdmlkZXIta2V5cy1ub3Qtc2U=';

/** `--var` values for `wrangler dev`. */
export const LOCAL_WORKER_VARS = {
	ENVIRONMENT: 'development',
	ENCRYPTION_KEY: process.env.ENCRYPTION_KEY || LOCAL_ENCRYPTION_KEY,
	PROVIDER_KEYS_ENCRYPTION_KEY: process.env.PROVIDER_KEYS_ENCRYPTION_KEY || LOCAL_PROVIDER_KEYS_ENCRYPTION_KEY,
};
