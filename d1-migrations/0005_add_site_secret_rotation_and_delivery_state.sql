ALTER TABLE `sites` ADD `previous_webhook_secret` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `previous_secret_expires_at` integer;--> statement-breakpoint
ALTER TABLE `sites` ADD `webhook_secret_issued_at` integer;--> statement-breakpoint
ALTER TABLE `sites` ADD `delivery_failures` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `delivery_paused_at` integer;--> statement-breakpoint
-- Backfill (hand-written). Until now every test-connection returned the secret, so a site that has
-- connected already holds it: only sites never seen get it from their first connection test.
UPDATE `sites` SET `webhook_secret_issued_at` = `last_seen_at` WHERE `last_seen_at` IS NOT NULL;--> statement-breakpoint
-- Revocation now deletes the secret; do the same for sites revoked before.
-- igny8-data-change: a revoked site's secret must stop signing anything; nothing else reads it.
UPDATE `sites` SET `webhook_secret` = '' WHERE `status` = 'revoked';
-- The remaining secrets are still in clear: SQL cannot run AES-GCM, so the Worker encrypts each one the
-- first time it reads it (worker/src/services/webhook-secrets.ts).
