/**
 * Boot data every IGNY8 screen receives from PHP (wp_add_inline_script, 'before').
 */
export interface Igny8Boot< InitialState = unknown > {
	rest: {
		/** esc_url_raw( rest_url() ), ends with a slash. */
		root: string;
		/** wp_create_nonce( 'wp_rest' ). */
		nonce: string;
	};
	initialState: InitialState;
}

/** The WP_Error body WordPress REST sends back, as apiFetch rejects with it. */
export interface RestError {
	code: string;
	message: string;
	data?: { status?: number } & Record< string, unknown >;
}

/** A notice the screens render inline: what went wrong and what to do next. */
export interface ScreenNotice {
	status: 'error' | 'warning' | 'success' | 'info';
	message: string;
	/** The next step for the user, shown under the message. */
	nextStep?: string;
	/** Links (`url`) or buttons (`onClick`, e.g. Retry) under the notice. */
	actions?: Array< { label: string; url?: string; onClick?: () => void } >;
}

declare global {
	interface Window {
		igny8Boot?: Igny8Boot;
	}
}
