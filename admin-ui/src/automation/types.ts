/**
 * Shapes of the igny8/v1/automation routes.
 */
import type { Item } from '../shared/store/types';

export interface AutomationState {
	settingsUrl: string | null;
	canManage: boolean;
	sectors: Array< { id: number; name: string } >;
	timezone: string;
}

export type PublishMode = 'draft' | 'publish' | 'schedule';

export interface RuleFields {
	name: string;
	sector_id: number;
	max_ideas: number;
	days: number[];
	run_time: string;
	publish_mode: PublishMode;
	publish_time: string;
	generate_images: boolean;
	quality_threshold: number;
	monthly_credit_cap: number;
	/** Writing strategy of the rule's articles; 0 (sent) or null (read): the default. */
	strategy_id: number;
}

/** A rule as the automation/rules routes answer it (the store's `automation_rules`). */
export interface Rule
	extends Omit< RuleFields, 'sector_id' | 'strategy_id' >, Item {
	id: number;
	status: 'active' | 'paused';
	sector_id: number | null;
	strategy_id: number | null;
	next_run_at: string | null;
	last_run_at: string | null;
	credits_this_month: number;
}

export interface RunStep {
	id: number;
	step: string;
	status: 'ok' | 'skipped' | 'failed' | 'info';
	message: string;
	created_at: string;
}

/** A run as the automation/runs routes answer it (the store's `automation_runs`). */
export interface Run extends Item {
	id: number;
	rule_id: number;
	status: string;
	dry_run: boolean;
	credits_estimated: number;
	credits_charged: number;
	summary: string;
	started_at: string;
	finished_at: string | null;
	steps?: RunStep[];
}
