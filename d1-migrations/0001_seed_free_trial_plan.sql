-- Custom SQL migration file, put your code below! --
-- The plan every new account starts on: 2000 credits granted at registration
-- (the grant is written to credit_ledger by the register service, not here).
INSERT OR IGNORE INTO `plans` (`id`, `slug`, `name`, `included_credits`, `low_balance_threshold`, `created_at`)
VALUES ('plan_free_trial', 'free-trial', 'Free trial', 2000, 100, 1767225600000);
