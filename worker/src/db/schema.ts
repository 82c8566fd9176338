/**
 * The D1 schema — the one source of truth. `npm run db:generate -w worker`
 * turns changes into SQL in d1-migrations/, which wrangler applies.
 * Timestamps are integer milliseconds since the epoch.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const id = () => text( 'id' ).primaryKey();
const createdAt = () => integer( 'created_at', { mode: 'timestamp_ms' } ).notNull();
const updatedAt = () => integer( 'updated_at', { mode: 'timestamp_ms' } ).notNull();

/**
 * Subscription plans (seeded by migrations). `includedCredits` is granted at sign-up;
 * `monthlyCredits` is the allowance the cron grants each calendar month (UTC) and that
 * expires at the month's end. A plan with 0 (the free trial) is never renewed.
 */
export const plans = sqliteTable( 'plans', {
	id: id(),
	slug: text( 'slug' ).notNull().unique(),
	name: text( 'name' ).notNull(),
	includedCredits: integer( 'included_credits' ).notNull(),
	monthlyCredits: integer( 'monthly_credits' ).notNull().default( 0 ),
	lowBalanceThreshold: integer( 'low_balance_threshold' ).notNull(),
	createdAt: createdAt(),
} );

export const ACCOUNT_STATUSES = [ 'active', 'trial', 'suspended', 'cancelled' ] as const;
export type AccountStatus = ( typeof ACCOUNT_STATUSES )[ number ];

/** A tenant (an agency or a business) that owns sites and credits. */
export const accounts = sqliteTable(
	'accounts',
	{
		id: id(),
		name: text( 'name' ).notNull(),
		slug: text( 'slug' ).notNull().unique(),
		planId: text( 'plan_id' ).notNull().references( () => plans.id ),
		// The balance: a running total of credit_ledger.amount, kept here so a single
		// conditional UPDATE can reserve credits atomically. Always allowance + top-up.
		credits: integer( 'credits' ).notNull().default( 0 ),
		// The two buckets: the plan's monthly allowance (reset each period, spent first)
		// and purchased top-ups (never expire, spent once the allowance is gone).
		allowanceCredits: integer( 'allowance_credits' ).notNull().default( 0 ),
		topupCredits: integer( 'topup_credits' ).notNull().default( 0 ),
		// "YYYY-MM" of the last allowance grant; the cron grants only when it differs.
		allowancePeriod: text( 'allowance_period' ),
		// The owner's own warning level; NULL falls back to the plan's.
		lowBalanceThreshold: integer( 'low_balance_threshold' ),
		// active: a paid subscription in good standing; trial: the free tier; suspended / cancelled: no new jobs.
		status: text( 'status', { enum: ACCOUNT_STATUSES } ).notNull().default( 'trial' ),
		// Why the account is suspended or cancelled, in words the owner can act on (shown in the portal and to WordPress).
		statusReason: text( 'status_reason' ),
		// Stripe: the customer (created at the first checkout) and the subscription that follows the plan.
		stripeCustomerId: text( 'stripe_customer_id' ).unique(),
		stripeSubscriptionId: text( 'stripe_subscription_id' ),
		// Stripe's own status of that subscription (active, past_due, unpaid, canceled…).
		subscriptionStatus: text( 'subscription_status' ),
		subscriptionPeriodEnd: integer( 'subscription_period_end', { mode: 'timestamp_ms' } ),
		cancelAtPeriodEnd: integer( 'cancel_at_period_end', { mode: 'boolean' } ).notNull().default( false ),
		// `created` of the last subscription event applied: an older one arriving late changes nothing.
		subscriptionEventAt: integer( 'subscription_event_at', { mode: 'timestamp_ms' } ),
		// A failed renewal: the account keeps its plan until then, and falls to the free tier after it.
		graceUntil: integer( 'grace_until', { mode: 'timestamp_ms' } ),
		graceInvoiceId: text( 'grace_invoice_id' ),
		// Start of the Stripe billing period whose allowance was last granted (older periods never grant again).
		allowancePeriodStart: integer( 'allowance_period_start', { mode: 'timestamp_ms' } ),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
	},
	( table ) => [ check( 'accounts_credits_non_negative', sql`${ table.credits } >= 0` ) ]
);

/** owner: everything; admin: sites and jobs, not caps, users or settings; viewer: read only. */
export const USER_ROLES = [ 'owner', 'admin', 'viewer' ] as const;
export type UserRole = ( typeof USER_ROLES )[ number ];

/** Portal users; each belongs to one account. */
export const users = sqliteTable(
	'users',
	{
		id: id(),
		accountId: text( 'account_id' ).notNull().references( () => accounts.id ),
		email: text( 'email' ).notNull().unique(),
		passwordHash: text( 'password_hash' ).notNull(),
		role: text( 'role', { enum: USER_ROLES } ).notNull().default( 'owner' ),
		isActive: integer( 'is_active', { mode: 'boolean' } ).notNull().default( true ),
		// Set when the user followed the emailed link; an owner's account gets its trial credits then.
		emailVerifiedAt: integer( 'email_verified_at', { mode: 'timestamp_ms' } ),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
	},
	( table ) => [ index( 'users_account_idx' ).on( table.accountId ) ]
);

export const EMAIL_TOKEN_PURPOSES = [ 'verify_email', 'reset_password' ] as const;
export type EmailTokenPurpose = ( typeof EMAIL_TOKEN_PURPOSES )[ number ];

/** Links sent by email (verification, password reset): stored as SHA-256 hashes, single use, with an expiry. */
export const emailTokens = sqliteTable(
	'email_tokens',
	{
		id: id(),
		userId: text( 'user_id' ).notNull().references( () => users.id ),
		purpose: text( 'purpose', { enum: EMAIL_TOKEN_PURPOSES } ).notNull(),
		tokenHash: text( 'token_hash' ).notNull().unique(),
		expiresAt: integer( 'expires_at', { mode: 'timestamp_ms' } ).notNull(),
		usedAt: integer( 'used_at', { mode: 'timestamp_ms' } ),
		createdAt: createdAt(),
	},
	( table ) => [ index( 'email_tokens_user_idx' ).on( table.userId, table.purpose ) ]
);

/**
 * Refresh tokens, stored only as SHA-256 hashes; rotated on use. The tokens of one
 * sign-in share a family (the access token's `sid`): logout revokes the family, and a
 * replayed (already rotated) token revokes it too, since it means the token leaked.
 */
export const refreshTokens = sqliteTable(
	'refresh_tokens',
	{
		id: id(),
		userId: text( 'user_id' ).notNull().references( () => users.id ),
		familyId: text( 'family_id' ),
		tokenHash: text( 'token_hash' ).notNull().unique(),
		expiresAt: integer( 'expires_at', { mode: 'timestamp_ms' } ).notNull(),
		revokedAt: integer( 'revoked_at', { mode: 'timestamp_ms' } ),
		createdAt: createdAt(),
	},
	( table ) => [ index( 'refresh_tokens_user_idx' ).on( table.userId ), index( 'refresh_tokens_family_idx' ).on( table.familyId ) ]
);

export const SITE_STATUSES = [ 'active', 'inactive', 'suspended', 'revoked' ] as const;

/** WordPress sites connected to an account. The API key is kept only as a hash. */
export const sites = sqliteTable(
	'sites',
	{
		id: id(),
		accountId: text( 'account_id' ).notNull().references( () => accounts.id ),
		name: text( 'name' ).notNull(),
		url: text( 'url' ).notNull(),
		// "revoked": the key no longer authenticates (a revoked site cannot be reactivated).
		status: text( 'status', { enum: SITE_STATUSES } ).notNull().default( 'active' ),
		apiKeyHash: text( 'api_key_hash' ).notNull().unique(),
		apiKeyPrefix: text( 'api_key_prefix' ).notNull(),
		// AES-GCM under ENCRYPTION_KEY (services/webhook-secrets.ts); rows older than 0005 hold the clear
		// secret until their first use re-encrypts it. Rotates with the key; revocation empties it.
		webhookSecret: text( 'webhook_secret' ).notNull(),
		// The secret before the last rotation (encrypted): deliveries carry both signatures until it expires.
		previousWebhookSecret: text( 'previous_webhook_secret' ),
		previousSecretExpiresAt: integer( 'previous_secret_expires_at', { mode: 'timestamp_ms' } ),
		// When test-connection handed the current secret to the plugin (NULL = not yet: the next one does, once).
		webhookSecretIssuedAt: integer( 'webhook_secret_issued_at', { mode: 'timestamp_ms' } ),
		deliveryUrl: text( 'delivery_url' ),
		// Consecutive failed pushes; at the cap pushing stops (WP-Cron pulls) until a test-connection succeeds.
		deliveryFailures: integer( 'delivery_failures' ).notNull().default( 0 ),
		deliveryPausedAt: integer( 'delivery_paused_at', { mode: 'timestamp_ms' } ),
		metadata: text( 'metadata', { mode: 'json' } ).$type<Record<string, unknown>>(),
		// Post types and taxonomies reported by update-structure.
		structure: text( 'structure', { mode: 'json' } ).$type<Record<string, unknown>>(),
		// Set by an owner: most credits this site may use per calendar month (NULL = no cap).
		monthlyCreditCap: integer( 'monthly_credit_cap' ),
		keyRotatedAt: integer( 'key_rotated_at', { mode: 'timestamp_ms' } ),
		lastSeenAt: integer( 'last_seen_at', { mode: 'timestamp_ms' } ),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
	},
	( table ) => [ index( 'sites_account_idx' ).on( table.accountId ) ]
);

import { JOB_STATUSES } from '../contracts/jobs';
import { BILLING_MODES } from '../ai/pricing';
// The statuses are part of the wire contract (src/contracts/jobs.ts), shared with WordPress and the screens.
export { JOB_STATUSES, type JobStatus } from '../contracts/jobs';

/** AI jobs: the queue's state, the money reserved for them, and their delivery. */
export const jobs = sqliteTable(
	'jobs',
	{
		id: id(),
		siteId: text( 'site_id' ).notNull().references( () => sites.id ),
		accountId: text( 'account_id' ).notNull().references( () => accounts.id ),
		function: text( 'function' ).notNull(),
		status: text( 'status', { enum: JOB_STATUSES } ).notNull().default( 'queued' ),
		progress: integer( 'progress' ).notNull().default( 0 ),
		step: text( 'step' ).notNull().default( 'queued' ),
		input: text( 'input', { mode: 'json' } ).$type<Record<string, unknown>>().notNull(),
		result: text( 'result', { mode: 'json' } ).$type<Record<string, unknown>>(),
		reference: text( 'reference', { mode: 'json' } ).$type<Record<string, unknown>>(),
		idempotencyKey: text( 'idempotency_key' ),
		creditsReserved: integer( 'credits_reserved' ).notNull().default( 0 ),
		creditsCharged: integer( 'credits_charged' ).notNull().default( 0 ),
		tokensIn: integer( 'tokens_in' ).notNull().default( 0 ),
		tokensOut: integer( 'tokens_out' ).notNull().default( 0 ),
		model: text( 'model' ),
		// How the site paid when the job was created: "credits" (IGNY8's model) or "own_key" (its provider,
		// the platform fee only); the consumer runs the job the same way even if the site switched since.
		billing: text( 'billing', { enum: BILLING_MODES } ).notNull().default( 'credits' ),
		error: text( 'error' ),
		attempts: integer( 'attempts' ).notNull().default( 0 ),
		deliveryAttempts: integer( 'delivery_attempts' ).notNull().default( 0 ),
		lastDeliveryError: text( 'last_delivery_error' ),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		startedAt: integer( 'started_at', { mode: 'timestamp_ms' } ),
		completedAt: integer( 'completed_at', { mode: 'timestamp_ms' } ),
		deliveredAt: integer( 'delivered_at', { mode: 'timestamp_ms' } ),
		lastDeliveryAt: integer( 'last_delivery_at', { mode: 'timestamp_ms' } ),
	},
	( table ) => [
		// Idempotency-Key is scoped to the site that sent it (NULLs never collide).
		uniqueIndex( 'jobs_site_idempotency_uq' ).on( table.siteId, table.idempotencyKey ),
		index( 'jobs_site_created_idx' ).on( table.siteId, table.createdAt ),
		index( 'jobs_status_updated_idx' ).on( table.status, table.updatedAt ),
		index( 'jobs_account_created_idx' ).on( table.accountId, table.createdAt ),
		index( 'jobs_account_completed_idx' ).on( table.accountId, table.completedAt ),
		// The portal's usage reads (per day, site and function over up to 90 days) come from this index alone.
		index( 'jobs_account_usage_idx' ).on( table.accountId, table.completedAt, table.status, table.siteId, table.function, table.creditsCharged, table.tokensIn, table.tokensOut ),
	]
);

/** expire: the unused monthly allowance, written off when the next period's allowance is granted. */
export const LEDGER_KINDS = [ 'grant', 'reserve', 'settle', 'refund', 'adjustment', 'expire' ] as const;

/**
 * Append-only money record. Sum of `amount` per account = accounts.credits.
 * job_id has no foreign key on purpose: jobs are purged after 7 days, the ledger is kept.
 */
export const creditLedger = sqliteTable(
	'credit_ledger',
	{
		id: id(),
		accountId: text( 'account_id' ).notNull().references( () => accounts.id ),
		siteId: text( 'site_id' ),
		jobId: text( 'job_id' ),
		kind: text( 'kind', { enum: LEDGER_KINDS } ).notNull(),
		amount: integer( 'amount' ).notNull(),
		// Which bucket the entry moved: amount = allowance_amount + topup_amount.
		allowanceAmount: integer( 'allowance_amount' ).notNull().default( 0 ),
		topupAmount: integer( 'topup_amount' ).notNull().default( 0 ),
		// The payment a purchased top-up came from (jobs are tied through job_id).
		paymentId: text( 'payment_id' ),
		balanceAfter: integer( 'balance_after' ).notNull(),
		// One entry per money event, e.g. "reserve:<job id>"; a replay hits this constraint.
		idempotencyKey: text( 'idempotency_key' ).notNull().unique(),
		reason: text( 'reason' ).notNull(),
		createdAt: createdAt(),
	},
	( table ) => [
		index( 'credit_ledger_account_idx' ).on( table.accountId, table.createdAt ),
		index( 'credit_ledger_job_idx' ).on( table.jobId ),
		// The per-site monthly cap sums a site's entries of the current month.
		index( 'credit_ledger_site_idx' ).on( table.siteId, table.createdAt ),
	]
);

/** The latest status WordPress reported for each of a site's posts (the sync endpoint). */
export const sitePosts = sqliteTable(
	'site_posts',
	{
		siteId: text( 'site_id' ).notNull().references( () => sites.id ),
		accountId: text( 'account_id' ).notNull().references( () => accounts.id ),
		postId: integer( 'post_id' ).notNull(),
		taskId: integer( 'task_id' ),
		status: text( 'status' ).notNull(),
		url: text( 'url' ),
		// WordPress's modification time: an older report never overwrites a newer one.
		postUpdatedAt: integer( 'post_updated_at', { mode: 'timestamp_ms' } ).notNull(),
		receivedAt: integer( 'received_at', { mode: 'timestamp_ms' } ).notNull(),
	},
	( table ) => [ primaryKey( { columns: [ table.siteId, table.postId ] } ) ]
);

/**
 * Portal (browser) sessions: the cookie holds a random token, D1 only its SHA-256 hash.
 * A session ends at `expiresAt` or when revoked (logout, password change).
 */
export const portalSessions = sqliteTable(
	'portal_sessions',
	{
		id: id(),
		userId: text( 'user_id' ).notNull().references( () => users.id ),
		accountId: text( 'account_id' ).notNull().references( () => accounts.id ),
		tokenHash: text( 'token_hash' ).notNull().unique(),
		expiresAt: integer( 'expires_at', { mode: 'timestamp_ms' } ).notNull(),
		revokedAt: integer( 'revoked_at', { mode: 'timestamp_ms' } ),
		createdAt: createdAt(),
	},
	( table ) => [ index( 'portal_sessions_user_idx' ).on( table.userId ) ]
);

/** An owner's invitation of a team member (admin or viewer); the link's token is stored hashed, used once. */
export const portalInvites = sqliteTable(
	'portal_invites',
	{
		id: id(),
		accountId: text( 'account_id' ).notNull().references( () => accounts.id ),
		email: text( 'email' ).notNull(),
		role: text( 'role', { enum: [ 'admin', 'viewer' ] } ).notNull(),
		tokenHash: text( 'token_hash' ).notNull().unique(),
		invitedBy: text( 'invited_by' ).notNull().references( () => users.id ),
		expiresAt: integer( 'expires_at', { mode: 'timestamp_ms' } ).notNull(),
		acceptedAt: integer( 'accepted_at', { mode: 'timestamp_ms' } ),
		createdAt: createdAt(),
	},
	( table ) => [ index( 'portal_invites_account_idx' ).on( table.accountId ) ]
);

/**
 * Stripe events already processed (webhook idempotency): one row per event id, and at most one
 * per Checkout Session, so a replayed or re-sent event never grants twice.
 */
export const stripeEvents = sqliteTable( 'stripe_events', {
	id: text( 'id' ).primaryKey(),
	type: text( 'type' ).notNull(),
	checkoutSessionId: text( 'checkout_session_id' ).unique(),
	// The id of the object the event is about (invoice, subscription): a late failure of an invoice already paid is ignored.
	objectId: text( 'object_id' ),
	accountId: text( 'account_id' ),
	outcome: text( 'outcome' ).notNull(),
	createdAt: createdAt(),
}, ( table ) => [ index( 'stripe_events_object_idx' ).on( table.objectId, table.type ) ] );

/**
 * Editor tokens already spent on a charged action: the row's key is the token's site and jti,
 * kept until the token expires, so a captured token cannot be replayed to spend credits again.
 */
export const editorTokenUses = sqliteTable(
	'editor_token_uses',
	{
		siteId: text( 'site_id' ).notNull(),
		jti: text( 'jti' ).notNull(),
		expiresAt: integer( 'expires_at', { mode: 'timestamp_ms' } ).notNull(),
		createdAt: createdAt(),
	},
	( table ) => [ primaryKey( { columns: [ table.siteId, table.jti ] } ), index( 'editor_token_uses_expires_idx' ).on( table.expiresAt ) ]
);

/**
 * One-time authorisation codes of the one-click connect (OAuth 2.0 authorisation code + PKCE): an owner
 * approves a WordPress site in the portal, the site's admin gets a code through the redirect and trades it,
 * server to server, for the site's key. Only the code's SHA-256 is kept; the key waits sealed under
 * ENCRYPTION_KEY (bound to the row) until the exchange empties it. A code is short-lived and used once.
 */
export const oauthCodes = sqliteTable(
	'oauth_codes',
	{
		id: id(),
		codeHash: text( 'code_hash' ).notNull().unique(),
		accountId: text( 'account_id' ).notNull().references( () => accounts.id ),
		siteId: text( 'site_id' ).notNull().references( () => sites.id ),
		redirectUri: text( 'redirect_uri' ).notNull(),
		// base64url(SHA-256(code_verifier)): only S256 is accepted.
		codeChallenge: text( 'code_challenge' ).notNull(),
		sealedKey: text( 'sealed_key' ).notNull(),
		expiresAt: integer( 'expires_at', { mode: 'timestamp_ms' } ).notNull(),
		usedAt: integer( 'used_at', { mode: 'timestamp_ms' } ),
		createdAt: createdAt(),
	},
	( table ) => [ index( 'oauth_codes_expires_idx' ).on( table.expiresAt ) ]
);

/**
 * A site's own OpenAI-compatible provider (bring your own key). A site with a row runs its jobs on
 * base_url with its key and pays only the platform fee (ai/pricing.ts); without one it runs on IGNY8's
 * model and pays credits. Switching back to credits deletes the row, so no key outlives its use. The key is AES-GCM under PROVIDER_KEYS_ENCRYPTION_KEY
 * (services/site-provider.ts) and is never read back out of the Worker: only its last four characters.
 */
export const siteProviders = sqliteTable( 'site_providers', {
	siteId: text( 'site_id' )
		.primaryKey()
		.references( () => sites.id ),
	baseUrl: text( 'base_url' ).notNull(),
	// "enc:v1:<iv>.<ciphertext+tag>" (lib/secret-box.ts), bound to the site id as additional data.
	keyCiphertext: text( 'key_ciphertext' ).notNull(),
	keyLast4: text( 'key_last4' ).notNull(),
	// The models the site's jobs may use, first = the default.
	models: text( 'models', { mode: 'json' } ).$type<string[]>().notNull(),
	createdAt: createdAt(),
	updatedAt: updatedAt(),
} );

export type Account = typeof accounts.$inferSelect;
export type User = typeof users.$inferSelect;
export type Site = typeof sites.$inferSelect;
export type Job = typeof jobs.$inferSelect;
export type Plan = typeof plans.$inferSelect;
export type LedgerEntry = typeof creditLedger.$inferSelect;
export type SitePost = typeof sitePosts.$inferSelect;
export type PortalSession = typeof portalSessions.$inferSelect;
export type PortalInvite = typeof portalInvites.$inferSelect;
export type EmailToken = typeof emailTokens.$inferSelect;
export type OauthCode = typeof oauthCodes.$inferSelect;
export type SiteProvider = typeof siteProviders.$inferSelect;
