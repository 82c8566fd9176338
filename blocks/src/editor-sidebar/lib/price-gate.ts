/**
 * Internal dependencies
 */
import type { ActionPrice } from './api';

/** A price the cloud gave, and the selection length it was given for (rewrites follow it). */
export interface PricedFor {
	chars: number;
	price: ActionPrice;
}

/**
 * Whether a priced button must ask before it runs. It fails closed: on a connected site an action
 * whose price is not known for what is selected now (still loading, the request failed, or a
 * rewrite's selection changed since it was priced) asks, so a long selection clicked at once is
 * never run on the short selection's price. A site that is not connected cannot be charged.
 */
export function mustAsk(
	connected: boolean,
	priced: PricedFor | null,
	chars: number
): boolean {
	if ( ! connected ) {
		return false;
	}
	const price = currentPrice( priced, chars );
	return price === null || price.credits > price.confirm_above;
}

/** The price that holds for the current selection, or null when none does. */
export function currentPrice(
	priced: PricedFor | null,
	chars: number
): ActionPrice | null {
	return priced && priced.chars === chars ? priced.price : null;
}
