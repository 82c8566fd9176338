ALTER TABLE `accounts` ADD `status_reason` text;--> statement-breakpoint
ALTER TABLE `accounts` ADD `stripe_customer_id` text;--> statement-breakpoint
ALTER TABLE `accounts` ADD `stripe_subscription_id` text;--> statement-breakpoint
ALTER TABLE `accounts` ADD `subscription_status` text;--> statement-breakpoint
ALTER TABLE `accounts` ADD `subscription_period_end` integer;--> statement-breakpoint
ALTER TABLE `accounts` ADD `cancel_at_period_end` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `accounts` ADD `subscription_event_at` integer;--> statement-breakpoint
ALTER TABLE `accounts` ADD `grace_until` integer;--> statement-breakpoint
ALTER TABLE `accounts` ADD `grace_invoice_id` text;--> statement-breakpoint
ALTER TABLE `accounts` ADD `allowance_period_start` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_stripe_customer_id_unique` ON `accounts` (`stripe_customer_id`);--> statement-breakpoint
ALTER TABLE `stripe_events` ADD `object_id` text;--> statement-breakpoint
CREATE INDEX `stripe_events_object_idx` ON `stripe_events` (`object_id`,`type`);