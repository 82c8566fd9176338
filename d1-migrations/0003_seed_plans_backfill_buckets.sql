-- Paid plans with a monthly allowance (granted by the cron once per calendar month, UTC).
-- The free trial keeps monthly_credits = 0: its sign-up grant is never renewed or expired.
INSERT OR IGNORE INTO `plans` (`id`, `slug`, `name`, `included_credits`, `monthly_credits`, `low_balance_threshold`, `created_at`)
VALUES ('plan_starter', 'starter', 'Starter', 5000, 5000, 250, 1767225600000);
--> statement-breakpoint
INSERT OR IGNORE INTO `plans` (`id`, `slug`, `name`, `included_credits`, `monthly_credits`, `low_balance_threshold`, `created_at`)
VALUES ('plan_growth', 'growth', 'Growth', 25000, 25000, 1000, 1767225600000);
--> statement-breakpoint
-- Balances before buckets existed came only from allowance grants (the trial): move them there.
UPDATE `accounts` SET `allowance_credits` = `credits`, `topup_credits` = 0, `allowance_period` = strftime('%Y-%m', 'now') WHERE `allowance_period` IS NULL;
--> statement-breakpoint
UPDATE `credit_ledger` SET `allowance_amount` = `amount`, `topup_amount` = 0 WHERE `allowance_amount` = 0 AND `topup_amount` = 0;
--> statement-breakpoint
-- Tokens issued before families existed form a family of one.
UPDATE `refresh_tokens` SET `family_id` = `id` WHERE `family_id` IS NULL;
