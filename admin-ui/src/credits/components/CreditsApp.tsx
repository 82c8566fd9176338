/**
 * WordPress dependencies
 */
import { Card, CardBody, CardHeader } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fetchBalance, fetchUsage } from '../api';
import { errorToNotice } from '../../shared/errors';
import {
	ScreenNoticeView,
	ScreenNotices,
	useScreenNotices,
} from '../../shared/screen-notices';
import type { Balance, CreditsInitialState, Usage } from '../types';
import { BalanceCard } from './BalanceCard';
import { TransactionsTable } from './TransactionsTable';
import { UsageCard } from './UsageCard';

/** The screen's one error slot: a newer failure replaces the last. */
const NOTICE_ID = 'igny8-credits';

/**
 * The Credits screen: balance, usage per day and per AI function, and the
 * transactions (read through the igny8/core store). Each part loads on its
 * own, so one failing does not hide the others, and the last good data stays
 * on screen when a refresh fails.
 */
export function CreditsApp( {
	initialState,
}: {
	initialState: CreditsInitialState;
} ) {
	const [ balance, setBalance ] = useState< Balance | null >( null );
	const [ balanceLoading, setBalanceLoading ] = useState( false );
	const [ days, setDays ] = useState( 30 );
	const [ usage, setUsage ] = useState< Usage | null >( null );
	const [ usageLoading, setUsageLoading ] = useState( false );
	const notices = useScreenNotices();

	const fail = useCallback(
		( error: unknown ): void => {
			notices.show(
				errorToNotice( error, {
					settingsUrl: initialState.settingsUrl,
				} ),
				NOTICE_ID
			);
		},
		[ notices, initialState.settingsUrl ]
	);

	const loadBalance = useCallback(
		( refresh: boolean ) => {
			setBalanceLoading( true );
			fetchBalance( refresh )
				.then( setBalance )
				.catch( fail )
				.finally( () => setBalanceLoading( false ) );
		},
		[ fail ]
	);

	useEffect( () => {
		if ( initialState.connected ) {
			loadBalance( false );
		}
	}, [ initialState.connected, loadBalance ] );

	useEffect( () => {
		if ( ! initialState.connected ) {
			return;
		}
		let current = true;
		setUsageLoading( true );
		fetchUsage( days )
			.then( ( next ) => current && setUsage( next ) )
			.catch( ( error ) => current && fail( error ) )
			.finally( () => current && setUsageLoading( false ) );
		return () => {
			current = false;
		};
	}, [ days, initialState.connected, fail ] );

	if ( ! initialState.connected ) {
		return (
			<div className="igny8-screen igny8-credits">
				<ScreenNoticeView
					notice={ {
						status: 'warning',
						message: __(
							'This site is not connected to the IGNY8 cloud yet.',
							'igny8'
						),
						nextStep: __(
							'Connect it on the Settings screen; the balance, usage and transactions then show here.',
							'igny8'
						),
						actions: initialState.settingsUrl
							? [
									{
										label: __(
											'Open IGNY8 Settings',
											'igny8'
										),
										url: initialState.settingsUrl,
									},
								]
							: undefined,
					} }
				/>
			</div>
		);
	}

	return (
		<div className="igny8-screen igny8-credits">
			<ScreenNotices />
			<BalanceCard
				balance={ balance }
				loading={ balanceLoading }
				onRefresh={ () => {
					notices.remove( NOTICE_ID );
					loadBalance( true );
				} }
			/>
			<UsageCard
				usage={ usage }
				days={ days }
				loading={ usageLoading }
				onChangeDays={ setDays }
			/>
			<Card className="igny8-credits-transactions">
				<CardHeader>
					<h2 className="igny8-card-title">
						{ __( 'Transactions', 'igny8' ) }
					</h2>
				</CardHeader>
				<CardBody>
					<TransactionsTable />
				</CardBody>
			</Card>
		</div>
	);
}
