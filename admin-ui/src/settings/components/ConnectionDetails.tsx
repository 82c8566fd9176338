/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatDateTime, formatNumber } from '../../shared/format';
import type { BusyAction, Connection } from '../types';

interface ConnectionDetailsProps {
	connection: Connection;
	busy: BusyAction;
	onTest: () => void;
	onDisconnect: () => void;
}

/**
 * What the site is connected to, and the actions on that connection.
 */
export function ConnectionDetails( {
	connection,
	busy,
	onTest,
	onDisconnect,
}: ConnectionDetailsProps ) {
	const unknown = __( 'Unknown', 'igny8' );
	const credits = connection.balance
		? formatNumber( connection.balance.credits )
		: __( 'Not checked yet', 'igny8' );

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
