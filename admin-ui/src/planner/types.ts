/**
 * Boot data of the Planner screen (Planner_Page::initial_state()).
 */
export interface PlannerState {
	/** Whether the site is connected to the cloud (AI actions need it). */
	connected: boolean;
	settingsUrl: string | null;
	writerUrl: string;
	/** Linker screen URL, for users who may open it. */
	linkerUrl?: string | null;
	/** Preloaded REST responses (Planner_Page::preload()), keyed by path. */
	preload?: Record< string, unknown >;
}

export type PlannerTab = 'keywords' | 'clusters' | 'ideas' | 'opportunities';
