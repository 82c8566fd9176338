/**
 * Internal dependencies
 */
import type { Item } from '../shared/store/types';

/**
 * The connection as GET/POST /igny8/v1/system/connection return it.
 * The site API key is never part of it: it stays on the server.
 */
export interface Connection {
	connected: boolean;
	cloud_url: string;
	site: { id: number | string; name: string } | null;
	account: { name: string } | null;
	balance: { credits: number; low_balance: boolean } | null;
	last_checked: string | null;
}

/** initialState printed by Settings_Page (no cloud call made for it). */
export interface SettingsInitialState {
	connection: Connection;
	defaultCloudUrl: string;
	/** What the user may change; the REST routes check the same capabilities. */
	capabilities?: { manage: boolean; write: boolean; plan: boolean };
}

/** What the Connect form sends. */
export interface ConnectRequest {
	cloud_url: string;
	api_key: string;
}

/** Which request is running, so only its button shows as busy. */
export type BusyAction = 'connect' | 'test' | 'disconnect' | null;

/** GET /igny8/v1/system/models: what the cloud lets this site choose per AI action. */
export interface ModelCatalog {
	functions: Record< string, { default: string; allowed: string[] } >;
	/** Why the cloud could not be asked (the list is then the last it gave, or empty); null when fresh. */
	stale: string | null;
}

/** GET/PUT /igny8/v1/system/settings. */
export interface AiSettings {
	language: string;
	ideas_per_cluster: number;
	/** A shape; the cloud asks the image model for its own size of it. */
	image_size: 'square' | 'landscape' | 'portrait';
	default_author_profile: string;
	/** Deleting the plugin keeps tables, settings and post meta for a later reinstall. */
	keep_data_on_uninstall: boolean;
	/** The block editor asks before an AI action above this many credits (0: before every one). */
	confirm_above_credits: number;
	/** AI function → model chosen in Settings → AI models (absent: the cloud's default). */
	models: Partial< Record< string, string > >;
}

/** One prompt override. */
export interface PromptTemplate {
	system: string;
	instructions: string;
	version: string;
}

/** GET /igny8/v1/system/prompts. */
export interface PromptsResponse {
	functions: string[];
	overrides: Record< string, PromptTemplate >;
}

/** An author profile (GET/POST/PUT /igny8/v1/system/author-profiles; the store's `author_profiles`). */
export interface AuthorProfile extends Item {
	id: string;
	name: string;
	tone: string;
	audience: string;
	point_of_view: string;
	banned_words: string[];
}

/** A planner sector (/igny8/v1/planner/sectors). */
export interface Sector {
	id: number;
	name: string;
	status: 'active' | 'inactive';
	[ key: string ]: unknown;
}
