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
}

/** What the Connect form sends. */
export interface ConnectRequest {
	cloud_url: string;
	api_key: string;
}

/** Which request is running, so only its button shows as busy. */
export type BusyAction = 'connect' | 'test' | 'disconnect' | null;
