/**
 * The Dashboard's data (Dashboard_Page::initial_state, GET /igny8/v1/system/dashboard).
 */
export interface Stages {
	keywords: number;
	clusters: number;
	ideas: number;
	tasks: number;
	drafts: number;
	published: number;
}

export interface RecentJob {
	id: string;
	function: string;
	status: 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';
	progress: number;
	error: string | null;
	credits_charged: number;
	task_id: number | null;
	updated_at: string;
}

export interface DashboardState {
	stages: Stages;
	recentJobs: RecentJob[];
	connected: boolean;
	settingsUrl: string | null;
	plannerUrl: string;
	/** Planner → Opportunities, for users who may plan. */
	opportunitiesUrl: string | null;
	writerUrl: string;
	/** IGNY8 → Strategies: the writing choices every article uses, for users who plan. */
	strategiesUrl: string | null;
	creditsUrl: string | null;
	/** IGNY8 → Help. */
	helpUrl: string;
	/** The Setup wizard, while a step is pending and the user may run it; else null. */
	setupUrl?: string | null;
}

export interface DashboardResponse {
	stages: Stages;
	recent_jobs: RecentJob[];
	credits: number | null;
	credits_error: { code: string; message: string } | null;
}
