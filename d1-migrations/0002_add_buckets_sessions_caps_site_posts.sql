CREATE TABLE `site_posts` (
	`site_id` text NOT NULL,
	`account_id` text NOT NULL,
	`post_id` integer NOT NULL,
	`task_id` integer,
	`status` text NOT NULL,
	`url` text,
	`post_updated_at` integer NOT NULL,
	`received_at` integer NOT NULL,
	PRIMARY KEY(`site_id`, `post_id`),
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `accounts` ADD `allowance_credits` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `accounts` ADD `topup_credits` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `accounts` ADD `allowance_period` text;--> statement-breakpoint
ALTER TABLE `accounts` ADD `low_balance_threshold` integer;--> statement-breakpoint
ALTER TABLE `credit_ledger` ADD `allowance_amount` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `credit_ledger` ADD `topup_amount` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `credit_ledger` ADD `payment_id` text;--> statement-breakpoint
CREATE INDEX `credit_ledger_site_idx` ON `credit_ledger` (`site_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `plans` ADD `monthly_credits` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `refresh_tokens` ADD `family_id` text;--> statement-breakpoint
CREATE INDEX `refresh_tokens_family_idx` ON `refresh_tokens` (`family_id`);--> statement-breakpoint
ALTER TABLE `sites` ADD `structure` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `monthly_credit_cap` integer;--> statement-breakpoint
ALTER TABLE `sites` ADD `key_rotated_at` integer;--> statement-breakpoint
CREATE INDEX `jobs_account_created_idx` ON `jobs` (`account_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `jobs_account_completed_idx` ON `jobs` (`account_id`,`completed_at`);