/**
 * Internal dependencies
 */
import type { Connection } from '../settings/types';

/** The wizard's steps, in order (Setup_State::STEPS). */
export const SETUP_STEPS = [
	'connect',
	'industry',
	'profile',
	'keywords',
	'clustering',
] as const;

export type SetupStep = ( typeof SETUP_STEPS )[ number ];

export type StepStatus = 'pending' | 'done' | 'skipped';

/** GET /igny8/v1/setup (and every write to it). */
export interface SetupState {
	steps: Record< SetupStep, StepStatus >;
	complete: boolean;
	connection: Connection;
}

/** initialState printed by Setup_Page (no cloud call made for it). */
export interface SetupInitialState {
	setup: SetupState;
	defaultCloudUrl: string;
	capabilities: { manage: boolean; write: boolean; plan: boolean };
	dashboardUrl: string;
	plannerUrl: string;
	settingsUrl: string;
	/** The portal's answer in this page's address (Setup_Page::portal_return), or null. */
	portalReturn: { state: string; code?: string; error?: string } | null;
}

/** What the portal's redirect brought back in the URL, if anything. */
export type PortalReturn =
	| { kind: 'code'; state: string; code: string }
	| { kind: 'error'; state: string; error: string }
	| null;
