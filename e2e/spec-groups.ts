/**
 * The browser specs run in two groups side by side (CI's 30 minutes are the reason): these on the
 * oldest supported WordPress line's site, the rest on the newest's. Each site has its own database,
 * browser login and cloud tenant; the Worker, the fake model (scripted by text each spec makes
 * unique), the mailbox (one file per address) and the Stripe stand-in (driven by portal-billing
 * alone) are shared. The portal specs stay together here, so the Worker's per-address limit sees
 * one group's portal traffic at a time — except portal-suspension, whose operator command
 * (scripts/account.ts) reads the Worker's local D1 under the newest site's state folder. Specs that
 * need 6.9+ (the Abilities API, MCP), the block editor, or the release site stay on the newest line,
 * with content-safety (the longest, 3.5 min); the wp-admin screens' specs here balance the two.
 */
export const OLDEST_LINE_SPECS = [
	'automation-from-import',
	'cluster-all',
	'cluster-detail',
	'credits-settings',
	'industries',
	'planner-first-page',
	'planner-editing',
	'planner-errors',
	'planner-sectors',
	'portal',
	'portal-a11y',
	'portal-billing',
	'portal-sites',
	'portal-team',
	'red-team-accounts',
	'workflow',
	'writer-screens',
	'writer-task-edit',
];

/** Playwright testMatch patterns of a list of spec names. */
export const specFiles = ( names: string[] ): string[] => names.map( ( name ) => `**/${ name }.spec.ts` );
