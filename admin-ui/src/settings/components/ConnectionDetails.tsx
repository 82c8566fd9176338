/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatDateTime, formatNumber } from '../../shared/format';
import type { BusyAction, Connection } from '../types';
import type { BalanceRead } from '../use-current-balance';

interface ConnectionDetailsProps {
	connection: Connection;
	/** The balance read on opening the screen, while it is on its way or when it failed. */
	balanceRead: BalanceRead;
	busy: BusyAction;
	onTest: () => void;
	onDisconnect: () => void;
}

/**
 * The Credits line: the balance, else why it is missing.
 *
 * @param balance The balance last read, if any.
 * @param read    Whether the read on opening is on its way or failed.
 */
export function balanceText(
	balance: Connection[ 'balance' ],
	read: BalanceRead
): string {
	if ( read === 'loading' ) {
		return __( 'Loading…', 'igny8' );
	}
	if ( balance ) {
		return sprintf(
			/* translators: %s: number of credits. */
			_n( '%s credit', '%s credits', balance.credits, 'igny8' ),
			formatNumber( balance.credits )
		);
	}
	return read === 'unavailable'
		? __( 'Unavailable: select Test connection to see why', 'igny8' )
		: __( 'Not checked yet', 'igny8' );
}

/**
 * What the site is connected to, and the actions on that connection.
 */
export function ConnectionDetails( {
	connection,
	balanceRead,
	busy,
	onTest,
	onDisconnect,
}: ConnectionDetailsProps ) {
	const unknown = __( 'Unknown', 'igny8' );
	const credits = balanceText( connection.balance, balanceRead );

	return (
		<div className="igny8-connection">
			<dl className="igny8-connection__details">
				<dt>{ __( 'Cloud URL', 'igny8' ) }</dt>
				<dd>
					<code>{ connection.cloud_url }</code>
				</dd>
				<dt>{ __( 'Site', 'igny8' ) }</dt>
				<dd>{ connection.site?.name || unknown }</dd>
				<dt>{ __( 'Account', 'igny8' ) }</dt>
				<dd>{ connection.account?.name || unknown }</dd>
				<dt>{ __( 'Credits', 'igny8' ) }</dt>
				<dd>{ credits }</dd>
				<dt>{ __( 'Last checked', 'igny8' ) }</dt>
				<dd>
					{ formatDateTime( connection.last_checked ) ||
						__( 'Never', 'igny8' ) }
				</dd>
			</dl>
			<div className="igny8-actions">
				<Button
					__next40pxDefaultSize
					variant="secondary"
					onClick={ onTest }
					isBusy={ busy === 'test' }
					disabled={ busy !== null }
				>
					{ __( 'Test connection', 'igny8' ) }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="tertiary"
					isDestructive
					onClick={ onDisconnect }
					isBusy={ busy === 'disconnect' }
					disabled={ busy !== null }
				>
					{ __( 'Disconnect', 'igny8' ) }
				</Button>
			</div>
		</div>
	);
}
