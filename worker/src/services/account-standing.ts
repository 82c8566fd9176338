/**
 * Whether an account (and a site) may start jobs, and the refusal that says why and what to do. Suspended
 * and cancelled accounts, and suspended sites, cannot (the reservation's guard in ledger.ts refuses them); the error names
 * the status and the reason, for WordPress to show as it is.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, sites, type Account } from '../db/schema';
import { ApiError } from '../lib/errors';

/** The account status that blocks new jobs, or null when jobs may start. */
export const blockingStatus = ( status: Account[ 'status' ] ): 'suspended' | 'cancelled' | null => ( status === 'suspended' || status === 'cancelled' ? status : null );

/** 403 naming the status, the operator's reason and the next step. */
export function accountBlocked( status: 'suspended' | 'cancelled', reason: string | null ): ApiError {
	const why = reason ? ` (${ reason })` : '';
	const next = status === 'suspended' ? 'The account owner can see why in the IGNY8 portal and contact support to restore it.' : 'The account owner can contact support from the IGNY8 portal to reopen it.';
	return new ApiError( 403, `This IGNY8 account is ${ status }${ why }, so no new AI jobs can start. ${ next }`, { account_status: [ status ] } );
}

/** 403 for a site its owner suspended. */
export const siteSuspended = ( name: string ) =>
	new ApiError( 403, `The site “${ name }” is suspended by the account owner, so it cannot start AI jobs. An owner or admin can resume it on the Sites page of the IGNY8 portal.`, { site_status: [ 'suspended' ] } );

/** The refusal for an account (or, given, a site) that cannot start jobs, or null. */
export async function standingRefusal( { db }: { db: Database }, accountId: string, siteId?: string ): Promise<ApiError | null> {
	if ( siteId ) {
		const site = await db.query.sites.findFirst( { where: eq( sites.id, siteId ), columns: { status: true, name: true } } );
		if ( site?.status === 'suspended' ) return siteSuspended( site.name );
	}
	const account = await db.query.accounts.findFirst( { where: eq( accounts.id, accountId ), columns: { status: true, statusReason: true } } );
	const status = account ? blockingStatus( account.status ) : null;
	return status ? accountBlocked( status, account!.statusReason ) : null;
}
