/**
 * The operator's account standing changes as SQL for `wrangler d1 execute` (scripts/account.ts): suspend
 * or cancel an account with a reason its owner reads in the portal and WordPress shows with every refused
 * job, or resume it. `wrangler d1 execute --command` takes no bound parameters, so the inputs are checked
 * here (an account id is a UUID; a reason is one line of plain text) and the reason is quoted as SQL text.
 * The Worker tests run the same SQL against their D1.
 */
export const STANDING_ACTIONS = [ 'suspend', 'cancel', 'resume' ] as const;
export type StandingAction = ( typeof STANDING_ACTIONS )[ number ];

const ACCOUNT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_REASON = 200;

export class StandingInputError extends Error {}

const sqlText = ( value: string ) => `'${ value.replace( /'/g, "''" ) }'`;

/** Statements that change the account's standing, then read it back. Throws StandingInputError on bad input. */
export function standingSql( action: StandingAction, accountId: string, reason?: string ): string {
	if ( ! ACCOUNT_ID.test( accountId ) ) throw new StandingInputError( `"${ accountId }" is not an account id (a UUID, shown on the portal's Account page).` );
	const id = sqlText( accountId.toLowerCase() );
	const readBack = `SELECT id, name, status, status_reason FROM accounts WHERE id = ${ id };`;
	if ( action === 'resume' ) {
		// Back to what the subscription says: a paid one Stripe still bills is "active", anything else the free tier.
		return `UPDATE accounts SET status = CASE WHEN stripe_subscription_id IS NOT NULL AND subscription_status IN ('active', 'trialing', 'past_due') THEN 'active' ELSE 'trial' END, status_reason = NULL, updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE id = ${ id } AND status IN ('suspended', 'cancelled');\n${ readBack }`;
	}
	const text = ( reason ?? '' ).trim();
	if ( ! text ) throw new StandingInputError( `A reason is required to ${ action } an account: the owner reads it in the portal and WordPress shows it with every refused job.` );
	if ( text.length > MAX_REASON || /[\u0000-\u001f\u007f]/.test( text ) ) throw new StandingInputError( `The reason must be one line of at most ${ MAX_REASON } characters.` );
	const status = action === 'suspend' ? 'suspended' : 'cancelled';
	return `UPDATE accounts SET status = '${ status }', status_reason = ${ sqlText( text ) }, updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE id = ${ id };\n${ readBack }`;
}
