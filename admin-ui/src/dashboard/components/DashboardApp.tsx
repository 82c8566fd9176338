/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Card, CardBody, CardHeader } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import { formatNumber } from '../../shared/format';
import { ScreenNoticeView } from '../../shared/screen-notices';
import type { ScreenNotice } from '../../shared/types';
import { firstSteps } from '../stages';
import type { DashboardResponse, DashboardState } from '../types';
import { FirstSteps } from './FirstSteps';
import { HelpCard } from './HelpCard';
import { Pipeline } from './Pipeline';
import { RecentJobs } from './RecentJobs';

/**
 * What the credits card shows while loading, when the cloud could not answer, or the balance.
 *
 * @param loading Whether the dashboard is being read.
 * @param credits Credits left, or null when unknown.
 */
function creditsText( loading: boolean, credits: number | null ): string {
	if ( credits !== null ) {
		return formatNumber( credits );
	}
	return loading ? __( 'Loading…', 'igny8' ) : __( 'Unavailable', 'igny8' );
}

/**
 * The pipeline counts and recent jobs come with the page; the credits (and fresh
 * counts) are read from GET system/dashboard. A cloud that cannot answer only
 * makes the credits "unavailable", with the reason and where to fix it.
 */
export function DashboardApp( { state }: { state: DashboardState } ) {
	const [ stages, setStages ] = useState( state.stages );
	const [ jobs, setJobs ] = useState( state.recentJobs );
	const [ credits, setCredits ] = useState< number | null >( null );
	const [ creditsNotice, setCreditsNotice ] = useState< ScreenNotice | null >(
		null
	);
	const [ loading, setLoading ] = useState( true );

	const load = useCallback( async () => {
		setLoading( true );
		try {
			const data = await apiFetch< DashboardResponse >( {
				path: '/igny8/v1/system/dashboard',
			} );
			setStages( data.stages );
			setJobs( data.recent_jobs );
			setCredits( data.credits );
			// A site that is not connected is told so once, above (the card says "Unavailable").
			setCreditsNotice(
				data.credits_error &&
					data.credits_error.code !== 'igny8_not_connected'
					? {
							...errorToNotice( data.credits_error, {
								settingsUrl: state.settingsUrl ?? undefined,
							} ),
							status: 'warning',
							message: `${ __( 'Credits left are unavailable:', 'igny8' ) } ${ data.credits_error.message }`,
						}
					: null
			);
		} catch ( error ) {
			setCreditsNotice(
				errorToNotice( error, {
					settingsUrl: state.settingsUrl ?? undefined,
				} )
			);
		} finally {
			setLoading( false );
		}
	}, [ state.settingsUrl ] );

	useEffect( () => {
		load();
	}, [ load ] );

	return (
		<div className="igny8-screen igny8-dashboard">
			{ state.setupUrl && (
				<ScreenNoticeView
					notice={ {
						status: 'info',
						message: __(
							'IGNY8 is not fully set up yet: connect the site, choose your industry and add your first keywords.',
							'igny8'
						),
						actions: [
							{
								label: __( 'Finish setup', 'igny8' ),
								url: state.setupUrl,
							},
						],
					} }
				/>
			) }
			{ /* The setup notice already asks to connect: one notice, not two. */ }
			{ ! state.connected && ! state.setupUrl && (
				<ScreenNoticeView
					notice={ {
						status: 'info',
						message: __(
							'Connect this site to the IGNY8 cloud in Settings to cluster keywords and write articles with AI.',
							'igny8'
						),
						actions: state.settingsUrl
							? [
									{
										label: __(
											'Open IGNY8 Settings',
											'igny8'
										),
										url: state.settingsUrl,
									},
								]
							: [],
					} }
				/>
			) }
			{ creditsNotice && <ScreenNoticeView notice={ creditsNotice } /> }
			<FirstSteps
				steps={ firstSteps( stages, {
					plannerUrl: state.plannerUrl,
					writerUrl: state.writerUrl,
				} ) }
			/>
			<h2 className="igny8-card-title">{ __( 'Pipeline', 'igny8' ) }</h2>
			<Pipeline
				stages={ stages }
				plannerUrl={ state.plannerUrl }
				writerUrl={ state.writerUrl }
			/>
			<div className="igny8-dashboard__row">
				<Card>
					<CardHeader>
						<h2 className="igny8-card-title">
							{ __( 'Credits left', 'igny8' ) }
						</h2>
					</CardHeader>
					<CardBody>
						<p
							className="igny8-dashboard__credits"
							data-testid="igny8-credits-left"
						>
							{ creditsText( loading, credits ) }
						</p>
						<div className="igny8-actions">
							{ state.creditsUrl && (
								<Button
									variant="link"
									href={ state.creditsUrl }
								>
									{ __( 'Usage and transactions', 'igny8' ) }
								</Button>
							) }
							<Button
								variant="link"
								onClick={ load }
								disabled={ loading }
								accessibleWhenDisabled
							>
								{ __( 'Refresh', 'igny8' ) }
							</Button>
						</div>
					</CardBody>
				</Card>
				{ state.opportunitiesUrl && (
					<Card>
						<CardHeader>
							<h2 className="igny8-card-title">
								{ __( 'Keyword opportunities', 'igny8' ) }
							</h2>
						</CardHeader>
						<CardBody>
							<p>
								{ __(
									'High-volume, low-difficulty keywords not yet clustered or written for, and Search Console queries ranking 8–20 with the post to optimise.',
									'igny8'
								) }
							</p>
							<Button
								variant="secondary"
								href={ state.opportunitiesUrl }
							>
								{ __( 'See opportunities', 'igny8' ) }
							</Button>
						</CardBody>
					</Card>
				) }
				{ state.strategiesUrl && (
					<Card>
						<CardHeader>
							<h2 className="igny8-card-title">
								{ __( 'Writing strategies', 'igny8' ) }
							</h2>
						</CardHeader>
						<CardBody>
							<p>
								{ __(
									'Length, structure, tone, images, FAQ, key takeaways and internal links, saved once and picked by tasks and automation rules.',
									'igny8'
								) }
							</p>
							<Button
								variant="secondary"
								href={ state.strategiesUrl }
							>
								{ __( 'Manage strategies', 'igny8' ) }
							</Button>
						</CardBody>
					</Card>
				) }
				<Card>
					<CardHeader>
						<h2 className="igny8-card-title">
							{ __( 'Recent jobs', 'igny8' ) }
						</h2>
					</CardHeader>
					<CardBody>
						<RecentJobs jobs={ jobs } />
					</CardBody>
				</Card>
				<HelpCard helpUrl={ state.helpUrl } />
			</div>
		</div>
	);
}
