/**
 * What a job costs in credits, by how the site pays for its model. The one rule for sites that bring
 * their own provider key: the provider bills them for the model, IGNY8 charges a flat platform fee per
 * job (queueing, validation, delivery, the ledger entry). Every estimate and reservation reads this module.
 */
import type { AiFunction } from './types';

/** Credits per job for a site on its own provider key, whatever the function or the input's size. */
export const OWN_KEY_PLATFORM_FEE_CREDITS = 1;

/** How a site pays for its jobs' model: IGNY8's model for credits, or its own provider key. */
export const BILLING_MODES = [ 'credits', 'own_key' ] as const;
export type Billing = ( typeof BILLING_MODES )[ number ];

type Priced<I> = Pick<AiFunction<I, unknown>, 'estimateCredits'>;

/** Credits reserved when the job is created (the most it can cost). */
export function reservedCredits<I>( fn: Priced<I>, input: I, billing: Billing ): number {
	return billing === 'own_key' ? OWN_KEY_PLATFORM_FEE_CREDITS : fn.estimateCredits( input );
}

/** Credits kept once the job completed: the fee on an own key, else the function's usage-based charge. */
export function chargedCredits( billing: Billing, usageCharge: () => number ): number {
	return billing === 'own_key' ? OWN_KEY_PLATFORM_FEE_CREDITS : usageCharge();
}
