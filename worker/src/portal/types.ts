/** Hono types of the portal sub-app: the Worker's bindings plus the signed-in session. */
import type { AppEnv } from '../env';
import type { PortalSessionUser } from '../services/portal-sessions';

export interface PortalEnv {
	Bindings: AppEnv[ 'Bindings' ];
	Variables: AppEnv[ 'Variables' ] & {
		/** The live session, or null (anonymous or expired). */
		portal: PortalSessionUser | null;
		/** True when the request carried a session cookie that is no longer valid. */
		sessionExpired: boolean;
		/** The CSRF token every form of this response embeds. */
		csrf: string;
	};
}

/** The signed-in user's view of the page chrome. */
export interface Viewer {
	email: string;
	role: 'owner' | 'admin' | 'viewer';
	accountName: string;
	csrf: string;
	/** An owner whose email is not confirmed yet: the account's trial credits wait for it. */
	unverified: boolean;
	/** The account's standing, for the banner every page shows when it needs action. */
	account: PortalSessionUser[ 'accountState' ];
}
