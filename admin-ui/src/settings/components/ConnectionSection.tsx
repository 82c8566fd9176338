/**
 * WordPress dependencies
 */
import { Card, CardBody, CardHeader } from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { connect, disconnect, testConnection } from '../api';
import { errorToNotice } from '../../shared/errors';
import {
	ScreenNoticeView,
	ScreenNotices,
	useScreenNotices,
} from '../../shared/screen-notices';
import type { ScreenNotice } from '../../shared/types';
import type { BusyAction, Connection, SettingsInitialState } from '../types';
import { ConnectForm } from './ConnectForm';
import { ConnectionDetails } from './ConnectionDetails';
import { useCurrentBalance } from '../use-current-balance';
import { DisconnectDialog } from './DisconnectDialog';

const NOTICES = 'igny8/settings-connection';

/**
 * The Connection section: Cloud URL + site API key, test and disconnect.
 */
export function ConnectionSection( {
	initialState,
}: {
	initialState: SettingsInitialState;
} ) {
	const [ connection, setConnection ] = useState< Connection >(
		initialState.connection
	);
	const balanceRead = useCurrentBalance( connection.connected, ( balance ) =>
		setConnection( ( current ) => ( { ...current, balance } ) )
	);
	// defaultCloudUrl is what PHP offers for a new connection (saved URL,
	// IGNY8_CLOUD_URL or the local Worker); a live connection shows its own.
	const [ cloudUrl, setCloudUrl ] = useState(
		( initialState.connection.connected
			? initialState.connection.cloud_url
			: initialState.defaultCloudUrl ) ||
			initialState.connection.cloud_url
	);
	// Never pre-filled: the key does not come back from the server.
	const [ apiKey, setApiKey ] = useState( '' );
	const [ busy, setBusy ] = useState< BusyAction >( null );
	const [ isConfirmingDisconnect, setIsConfirmingDisconnect ] =
		useState( false );
	const noticeRef = useRef< HTMLDivElement >( null );
	const notices = useScreenNotices( NOTICES );
	// The section's one notice, scrolled into view once it is drawn.
	const setNotice = ( notice: ScreenNotice | null ) => {
		notices.set( NOTICES, notice );
		if ( notice ) {
			window.requestAnimationFrame( () =>
				noticeRef.current?.scrollIntoView?.( { block: 'nearest' } )
			);
		}
	};

	const run = async (
		action: Exclude< BusyAction, null >,
		request: () => Promise< Connection >,
		successMessage: ( result: Connection ) => string
	) => {
		setBusy( action );
		setNotice( null );
		try {
			const result = await request();
			setConnection( result );
			setNotice( {
				status: 'success',
				message: successMessage( result ),
			} );
			return true;
		} catch ( error ) {
			setNotice( errorToNotice( error ) );
			return false;
		} finally {
			setBusy( null );
		}
	};

	const handleConnect = async () => {
		const url = cloudUrl.trim();
		const key = apiKey.trim();
		if ( url === '' || key === '' ) {
			setNotice( {
				status: 'error',
				message:
					url === ''
						? __( 'The Cloud URL is empty.', 'igny8' )
						: __( 'The site API key is empty.', 'igny8' ),
				nextStep: __(
					'Fill in both fields, then select Connect.',
					'igny8'
				),
			} );
			return;
		}
		const connected = await run(
			'connect',
			() => connect( { cloud_url: url, api_key: key } ),
			( result ) =>
				sprintf(
					/* translators: %s: site name in the IGNY8 cloud. */
					__( 'Connected to the IGNY8 cloud as “%s”.', 'igny8' ),
					result.site?.name ?? ''
				)
		);
		if ( connected ) {
			// The key is stored encrypted on the server; drop it from the page.
			setApiKey( '' );
		}
	};

	const handleTest = () =>
		run( 'test', testConnection, () =>
			__( 'The connection works.', 'igny8' )
		);

	const handleDisconnect = () => {
		setIsConfirmingDisconnect( false );
		run(
			'disconnect',
			() => disconnect( connection.cloud_url || cloudUrl ),
			() => __( 'Disconnected. The site API key was deleted.', 'igny8' )
		);
	};

	return (
		<div className="igny8-settings-section">
			<div ref={ noticeRef }>
				<ScreenNotices context={ NOTICES } />
				{ connection.balance?.low_balance && (
					<ScreenNoticeView
						notice={ {
							status: 'warning',
							message: __(
								'Your IGNY8 credits are running low.',
								'igny8'
							),
							nextStep: __(
								'Add credits to your IGNY8 account so generation does not stop.',
								'igny8'
							),
						} }
					/>
				) }
			</div>
			<Card>
				<CardHeader>
					<h2 className="igny8-card-title">
						{ __( 'Connection', 'igny8' ) }
					</h2>
				</CardHeader>
				<CardBody>
					{ connection.connected ? (
						<ConnectionDetails
							connection={ connection }
							balanceRead={ balanceRead }
							busy={ busy }
							onTest={ handleTest }
							onDisconnect={ () =>
								setIsConfirmingDisconnect( true )
							}
						/>
					) : (
						<>
							<p className="igny8-help">
								{ __(
									'Connect this site to the IGNY8 cloud with the site API key from your IGNY8 account.',
									'igny8'
								) }
							</p>
							<ConnectForm
								cloudUrl={ cloudUrl }
								apiKey={ apiKey }
								busy={ busy === 'connect' }
								disabled={ busy !== null }
								onCloudUrlChange={ setCloudUrl }
								onApiKeyChange={ setApiKey }
								onSubmit={ handleConnect }
							/>
						</>
					) }
				</CardBody>
			</Card>
			{ isConfirmingDisconnect && (
				<DisconnectDialog
					onConfirm={ handleDisconnect }
					onCancel={ () => setIsConfirmingDisconnect( false ) }
				/>
			) }
		</div>
	);
}
