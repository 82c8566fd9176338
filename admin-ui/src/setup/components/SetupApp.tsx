/**
 * WordPress dependencies
 */
import { Card, CardBody, CardHeader, Spinner } from '@wordpress/components';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useJobFlow } from '../../shared/job-flow';
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import { errorToNotice } from '../../shared/errors';
import { fetchSetup, finishConnect, markStep } from '../api';
import {
	firstPending,
	nextStep,
	readPortalReturn,
	stepTitle,
	withoutPortalReturn,
} from '../steps';
import type {
	SetupInitialState,
	SetupState,
	SetupStep,
	StepStatus,
} from '../types';
import { SetupDone } from './SetupDone';
import { StepBody } from './StepBody';
import { StepFooter } from './StepFooter';
import { StepList } from './StepList';

const NOTICE = 'igny8-setup';

/**
 * The Setup wizard: the steps on one side, the open step on the other. Every
 * step can be skipped or finished (saved on the server, so the wizard resumes),
 * and any step can be reopened from the list.
 */
export function SetupApp( {
	initialState,
	rest,
}: {
	initialState: SetupInitialState;
	rest: { root: string; nonce: string };
} ) {
	const [ portalReturn ] = useState( () =>
		readPortalReturn( initialState.portalReturn )
	);
	const [ setup, setSetup ] = useState< SetupState >( initialState.setup );
	const [ current, setCurrent ] = useState< SetupStep >( () =>
		portalReturn ? 'connect' : firstPending( initialState.setup.steps )
	);
	const [ busy, setBusy ] = useState( portalReturn !== null );
	const heading = useRef< HTMLHeadingElement >( null );
	const notices = useScreenNotices();
	const flow = useJobFlow();

	// Back from the portal: PHP trades the one-time code for the key, once.
	useEffect( () => {
		if ( ! portalReturn ) {
			return;
		}
		window.history.replaceState(
			null,
			'',
			withoutPortalReturn( window.location.href )
		);
		finishConnect(
			portalReturn.kind === 'code'
				? { state: portalReturn.state, code: portalReturn.code }
				: { state: portalReturn.state, error: portalReturn.error }
		)
			.then( ( result ) => {
				setSetup( result );
				notices.set( NOTICE, {
					status: 'success',
					message: sprintf(
						/* translators: %s: account name in the IGNY8 cloud. */
						__(
							'Connected to the IGNY8 account “%s”. Next: your industry and sectors.',
							'igny8'
						),
						result.connection.account?.name ?? ''
					),
				} );
				setCurrent( firstPending( result.steps ) );
			} )
			.catch( ( error ) => notices.set( NOTICE, errorToNotice( error ) ) )
			.finally( () => setBusy( false ) );
	}, [ portalReturn, notices ] );

	const open = ( step: SetupStep ) => {
		setCurrent( step );
		// The new step's heading takes the focus, so keyboard and screen reader users land on it.
		window.requestAnimationFrame( () => heading.current?.focus() );
	};

	const save = async ( step: SetupStep, status: StepStatus ) => {
		setBusy( true );
		notices.remove( NOTICE );
		try {
			const result = await markStep( step, status );
			setSetup( result );
			open( nextStep( step ) ?? step );
		} catch ( error ) {
			notices.set( NOTICE, errorToNotice( error ) );
		} finally {
			setBusy( false );
		}
	};

	const connected = async () => {
		try {
			const result = await fetchSetup();
			setSetup( result );
			open( firstPending( result.steps ) );
		} catch ( error ) {
			notices.set( NOTICE, errorToNotice( error ) );
		}
	};

	const isConnected = setup.connection.connected;

	return (
		<div className="igny8-screen igny8-settings igny8-setup">
			<ScreenNotices />
			{ setup.complete && (
				<SetupDone
					dashboardUrl={ initialState.dashboardUrl }
					plannerUrl={ initialState.plannerUrl }
				/>
			) }
			<div className="igny8-setup-layout">
				<StepList
					steps={ setup.steps }
					current={ current }
					onOpen={ open }
				/>
				<Card className="igny8-setup-step">
					<CardHeader>
						<h2
							className="igny8-card-title"
							ref={ heading }
							tabIndex={ -1 }
						>
							{ stepTitle( current ) }
						</h2>
					</CardHeader>
					<CardBody>
						{ busy && current === 'connect' && portalReturn ? (
							<p className="igny8-help">
								<Spinner />
								{ __( 'Finishing the connection…', 'igny8' ) }
							</p>
						) : (
							<StepBody
								step={ current }
								initialState={ initialState }
								setup={ setup }
								rest={ rest }
								flow={ flow }
								onConnected={ connected }
							/>
						) }
						<StepFooter
							busy={ busy || flow.isBusy }
							canFinish={ current !== 'connect' || isConnected }
							finishLabel={
								current === 'connect'
									? __( 'Continue', 'igny8' )
									: undefined
							}
							onSkip={ () => save( current, 'skipped' ) }
							onFinish={ () => save( current, 'done' ) }
						/>
					</CardBody>
				</Card>
			</div>
		</div>
	);
}
