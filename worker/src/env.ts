/** Bindings and variables of the Worker (wrangler.toml, .dev.vars, secrets). */
import type { JobMessage } from './queue/messages';

export interface Env {
	DB: D1Database;
	AI_JOBS: Queue<JobMessage>;
	/** Result pushes to WordPress (job.deliver), consumed apart from AI_JOBS so a slow site never delays model calls. */
	DELIVERIES: Queue<JobMessage>;
	MEDIA: R2Bucket;
	/** "production" (wrangler.toml) refuses to serve without its secrets; "development" and "test" come from the local config. */
	ENVIRONMENT: string;
	JWT_SECRET?: string;
	/** Keys every password hash (HMAC before PBKDF2); required outside development and tests. */
	PASSWORD_PEPPER?: string;
	/** Base64 of 32 random bytes: the AES-GCM key sealing stored secrets (sites' webhook secrets). */
	ENCRYPTION_KEY?: string;
	/** Base64 of 32 random bytes: the AES-GCM key sealing the sites' own provider keys (services/site-provider.ts). */
	PROVIDER_KEYS_ENCRYPTION_KEY?: string;
	/** OpenAI-compatible endpoint; the local fake model (a test double) in development. */
	OPENAI_BASE_URL?: string;
	OPENAI_API_KEY?: string;
	/** Fallback model for every AI function; AI_MODEL_<FUNCTION> overrides per function. */
	AI_MODEL_DEFAULT?: string;
	/** Comma lists that replace the models a site may choose per function kind (ai/models.ts). */
	AI_ALLOWED_TEXT_MODELS?: string;
	AI_ALLOWED_IMAGE_MODELS?: string;
	AI_TIMEOUT_MS?: string;
	AI_MAX_RETRIES?: string;
	AI_RETRY_BASE_MS?: string;
	/** "json_object" for OpenAI-compatible endpoints without structured outputs; default json_schema. */
	AI_JSON_MODE?: string;
	/** Rate limiting bindings ([[ratelimits]]); see lib/rate-limit.ts for the limits and keys. */
	RATE_LIMIT_SITE?: RateLimit;
	RATE_LIMIT_IP?: RateLimit;
	RATE_LIMIT_LOGIN?: RateLimit;
	/** Mail (services/mail/): a `send_email` binding, or an HTTP provider; MAIL_FROM is the sender. */
	SEND_EMAIL?: SendEmail;
	MAIL_HTTP_URL?: string;
	MAIL_HTTP_TOKEN?: string;
	MAIL_FROM?: string;
	/** Cloudflare Turnstile on sign-up (services/turnstile.ts); the verify URL is Cloudflare's unless set. */
	TURNSTILE_SITE_KEY?: string;
	TURNSTILE_SECRET_KEY?: string;
	TURNSTILE_VERIFY_URL?: string;
	/** Comma-separated browser origins allowed by CORS; unset = no cross-origin access. */
	CORS_ORIGINS?: string;
	/** The Worker's public origin, for URLs in results (generated images). */
	PUBLIC_URL?: string;
	/** Base delay for redelivery retries through the queue (seconds). */
	DELIVERY_RETRY_BASE_SECONDS?: string;
	[ name: `AI_MODEL_${ string }` ]: string | undefined;
}

/** Hono's generic parameter for this Worker's apps. */
export interface AppEnv {
	Bindings: Env;
	Variables: {
		requestId: string;
		db: import( './db/client' ).Database;
		auth: import( './middleware/auth' ).AuthContext;
		/** The site of the request's API key, looked up once (middleware/auth.ts siteOfKey). */
		siteKeyLookup?: Promise<import( './db/schema' ).Site | null>;
	};
}
