/**
 * External dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Card, CardBody, CardHeader } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fetchBalance, fetchTransactions, fetchUsage } from '../api';
import { transactionsQuery } from '../query';
import { errorToNotice } from '../../shared/errors';
import {
	ScreenNoticeView,
	ScreenNotices,
	useScreenNotices,
} from '../../shared/screen-notices';
import type {
	Balance,
	CreditsInitialState,
	ListPage,
	Transaction,
	Usage,
} from '../types';
import { BalanceCard } from './BalanceCard';
import {
	DEFAULT_TRANSACTIONS_VIEW,
	TransactionsTable,
} from './TransactionsTable';
import { UsageCard } from './UsageCard';

/** The screen's one error slot: a newer failure replaces the last. */
const NOTICE_ID = 'igny8-credits';

const EMPTY_PAGE: ListPage< Transaction > = {
	items: [],
	total: 0,
	totalPages: 0,
};

/**
 * The Credits screen: balance, usage per day and per AI function, and the
 * transactions. Each part loads on its own, so one failing does not hide the
 * others, and the last good data stays on screen when a refresh fails.
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
	const [ view, setView ] = useState< View >( DEFAULT_TRANSACTIONS_VIEW );
	const [ page, setPage ] = useState< ListPage< Transaction > >( EMPTY_PAGE );
	const [ pageLoading, setPageLoading ] = useState( initialState.connected );
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

	const query = transactionsQuery( view );
	const queryKey = JSON.stringify( query );
	useEffect( () => {
		if ( ! initialState.connected ) {
			return;
		}
		let current = true;
		setPageLoading( true );
		fetchTransactions( JSON.parse( queryKey ) )
			.then( ( next ) => current && setPage( next ) )
			.catch( ( error ) => current && fail( error ) )
			.finally( () => current && setPageLoading( false ) );
		return () => {
			current = false;
		};
	}, [ queryKey, initialState.connected, fail ] );

	const changeView = ( next: View ) => {
		const filtersChanged =
			JSON.stringify( next.filters ?? [] ) !==
				JSON.stringify( view.filters ?? [] ) ||
			next.perPage !== view.perPage;
		setView(
			filtersChanged && next.page === view.page
				? { ...next, page: 1 }
				: next
		);
	};

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
					{ ! pageLoading &&
					page.total === 0 &&
					! view.filters?.length ? (
						<p className="igny8-help igny8-empty">
							{ __(
								'No transactions yet. Each AI job reserves credits when it starts and settles or refunds them when it ends; those entries show here.',
								'igny8'
							) }
						</p>
					) : (
						<TransactionsTable
							page={ page }
							view={ view }
							loading={ pageLoading }
							onChangeView={ changeView }
						/>
					) }
				</CardBody>
			</Card>
		</div>
	);
}
