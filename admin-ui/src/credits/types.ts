/**
 * Internal dependencies
 */
import type { Item } from '../shared/store/types';

/** initialState printed by Credits_Page (no cloud call made for it). */
export interface CreditsInitialState {
	connected: boolean;
	/** Settings screen URL, present only for users who may open it. */
	settingsUrl?: string;
}

/** GET /igny8/v1/billing/balance. */
export interface Balance {
	credits: number;
	low_balance_threshold: number;
	low_balance: boolean;
}

/** The numbers of one usage row. */
export interface UsageFigures {
	credits: number;
	tokens_in: number;
	tokens_out: number;
	jobs: number;
}

/** GET /igny8/v1/billing/usage. */
export interface Usage {
	from: string;
	to: string;
	days: number;
	totals: UsageFigures;
	per_day: Array< UsageFigures & { date: string } >;
	per_function: Array< UsageFigures & { function: string } >;
}

/** Ledger entry kinds the cloud knows. */
export type TransactionKind =
	'grant' | 'reserve' | 'settle' | 'refund' | 'adjustment' | 'expire';

/** One entry of GET /igny8/v1/billing/transactions (the store's `credit_transactions`). */
export interface Transaction extends Item {
	id: string;
	kind: TransactionKind | string;
	amount: number;
	bucket: string;
	balance_after: number;
	job_id: string | null;
	reason: string;
	created_at: string;
}
