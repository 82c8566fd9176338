CREATE TABLE `site_providers` (
	`site_id` text PRIMARY KEY NOT NULL,
	`base_url` text NOT NULL,
	`key_ciphertext` text NOT NULL,
	`key_last4` text NOT NULL,
	`models` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `jobs` ADD `billing` text DEFAULT 'credits' NOT NULL;