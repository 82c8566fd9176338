/**
 * WordPress dependencies
 */
import { Button, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { connect } from '../../settings/api';
import { ConnectForm } from '../../settings/components/ConnectForm';
import type { Connection } from '../../settings/types';
import { errorToNotice } from '../../shared/errors';
import { useScreenNotices } from '../../shared/screen-notices';
import { startConnect } from '../api';

const NOTICE = 'igny8-setup-connect';

/**
 * Connect in one click: PHP prepares the state and PKCE verifier, the browser
 * goes to the IGNY8 portal (log in or sign up, approve), and the portal sends
 * it back here with a one-time code that PHP trades for the key. Pasting a
 * site API key stays as the fallback.
 */
export function ConnectStep( {
	connection,
	defaultCloudUrl,
	onConnected,
}: {
	connection: Connection;
	defaultCloudUrl: string;
	onConnected: () => void;
} ) {
	const [ cloudUrl, setCloudUrl ] = useState(
		connection.cloud_url || defaultCloudUrl
	);
	const [ pasting, setPasting ] = useState( false );
	const [ apiKey, setApiKey ] = useState( '' );
	const [ busy, setBusy ] = useState< 'portal' | 'paste' | null >( null );
	const notices = useScreenNotices();

	if ( connection.connected ) {
		return (
			<p className="igny8-setup-connected">
				{ sprintf(
					/* translators: 1: site name in the IGNY8 cloud, 2: account name. */
					__(
						'Connected: this site is “%1$s” in the IGNY8 account “%2$s”.',
						'igny8'
					),
					connection.site?.name ?? '',
					connection.account?.name ?? ''
				) }
			</p>
		);
	}

	const emptyUrl = () =>
		notices.set( NOTICE, {
			status: 'error',
			message: __( 'The Cloud URL is empty.', 'igny8' ),
			nextStep: __(
				'Enter the address of the IGNY8 cloud, then try again.',
				'igny8'
			),
		} );

	const openPortal = async () => {
		if ( cloudUrl.trim() === '' ) {
			emptyUrl();
			return;
		}
		setBusy( 'portal' );
		notices.remove( NOTICE );
		try {
			const { authorize_url: url } = await startConnect(
				cloudUrl.trim()
			);
			window.location.assign( url );
		} catch ( error ) {
			notices.set( NOTICE, errorToNotice( error ) );
			setBusy( null );
		}
	};

	const paste = async () => {
		if ( cloudUrl.trim() === '' || apiKey.trim() === '' ) {
			notices.set( NOTICE, {
				status: 'error',
				message:
					cloudUrl.trim() === ''
						? __( 'The Cloud URL is empty.', 'igny8' )
						: __( 'The site API key is empty.', 'igny8' ),
				nextStep: __(
					'Fill in both fields, then select Connect.',
					'igny8'
				),
			} );
			return;
		}
		setBusy( 'paste' );
		notices.remove( NOTICE );
		try {
			await connect( {
				cloud_url: cloudUrl.trim(),
				api_key: apiKey.trim(),
			} );
			setApiKey( '' );
			onConnected();
		} catch ( error ) {
			notices.set( NOTICE, errorToNotice( error ) );
		} finally {
			setBusy( null );
		}
	};

	return (
		<div className="igny8-setup-connect">
			<p className="igny8-help">
				{ __(
					'Connect this site to your IGNY8 account. You log in (or create an account) in the IGNY8 portal, approve this site, and come back here connected. Nobody has to copy a key.',
					'igny8'
				) }
			</p>
			{ ! pasting && (
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Cloud URL', 'igny8' ) }
					type="url"
					value={ cloudUrl }
					onChange={ setCloudUrl }
					autoComplete="url"
					disabled={ busy !== null }
				/>
			) }
			<div className="igny8-actions">
				<Button
					__next40pxDefaultSize
					variant="primary"
					onClick={ openPortal }
					isBusy={ busy === 'portal' }
					disabled={ busy !== null }
					accessibleWhenDisabled
				>
					{ __( 'Connect to IGNY8', 'igny8' ) }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="link"
					onClick={ () => setPasting( ! pasting ) }
					aria-expanded={ pasting }
				>
					{ __( 'Paste a site API key instead', 'igny8' ) }
				</Button>
			</div>
			{ pasting && (
				<ConnectForm
					cloudUrl={ cloudUrl }
					apiKey={ apiKey }
					busy={ busy === 'paste' }
					disabled={ busy !== null }
					onCloudUrlChange={ setCloudUrl }
					onApiKeyChange={ setApiKey }
					onSubmit={ paste }
				/>
			) }
		</div>
	);
}
