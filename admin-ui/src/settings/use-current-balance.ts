/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { fetchBalance } from '../credits/api';
import type { Connection } from './types';

/** What the Credits line shows: the balance read on opening, or why it is not there. */
export type BalanceRead = 'loading' | 'unavailable' | null;

/**
 * Reads the account's balance when a connected site opens Settings, so the Credits line
 * is current without pressing Test connection (which still re-checks the key itself).
 *
 * @param connected Whether the site holds a working connection.
 * @param onBalance Receives the balance in the connection's shape.
 */
export function useCurrentBalance(
	connected: boolean,
	onBalance: ( balance: NonNullable< Connection[ 'balance' ] > ) => void
): BalanceRead {
	const [ read, setRead ] = useState< BalanceRead >(
		connected ? 'loading' : null
	);
	useEffect( () => {
		if ( ! connected ) {
			setRead( null );
			return undefined;
		}
		let current = true;
		setRead( 'loading' );
		fetchBalance()
			.then( ( balance ) => {
				if ( current ) {
					onBalance( {
						credits: balance.credits,
						low_balance: balance.low_balance,
					} );
					setRead( null );
				}
			} )
			.catch( () => current && setRead( 'unavailable' ) );
		return () => {
			current = false;
		};
		// Read once per connection; onBalance is a state setter wrapper.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ connected ] );
	return read;
}
