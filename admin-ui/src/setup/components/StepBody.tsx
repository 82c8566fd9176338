/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { AuthorProfilesSection } from '../../settings/components/AuthorProfilesSection';
import { SectorsSection } from '../../settings/components/SectorsSection';
import type { JobFlow } from '../../shared/job-flow';
import type { SetupInitialState, SetupState, SetupStep } from '../types';
import { ClusteringStep } from './ClusteringStep';
import { ConnectStep } from './ConnectStep';
import { KeywordsStep } from './KeywordsStep';
import { LanguageForm } from './LanguageForm';

/** Said instead of a step the user's role cannot change (the REST routes refuse it too). */
function NotAllowed() {
	return (
		<p className="igny8-help">
			{ __(
				'Your role cannot change this. Skip the step, or ask an editor or administrator to do it.',
				'igny8'
			) }
		</p>
	);
}

/** The open step's content, made of the screens' own components. */
export function StepBody( {
	step,
	initialState,
	setup,
	rest,
	flow,
	onConnected,
}: {
	step: SetupStep;
	initialState: SetupInitialState;
	setup: SetupState;
	rest: { root: string; nonce: string };
	flow: JobFlow;
	onConnected: () => void;
} ) {
	const can = initialState.capabilities;
	switch ( step ) {
		case 'connect':
			return (
				<ConnectStep
					connection={ setup.connection }
					defaultCloudUrl={ initialState.defaultCloudUrl }
					onConnected={ onConnected }
				/>
			);
		case 'industry':
			return can.plan ? <SectorsSection /> : <NotAllowed />;
		case 'profile':
			return (
				<>
					{ can.manage ? <LanguageForm /> : <NotAllowed /> }
					{ can.write ? <AuthorProfilesSection /> : <NotAllowed /> }
				</>
			);
		case 'keywords':
			return can.plan ? (
				<KeywordsStep
					restRoot={ rest.root }
					nonce={ rest.nonce }
					settingsUrl={ initialState.settingsUrl }
					plannerUrl={ initialState.plannerUrl }
				/>
			) : (
				<NotAllowed />
			);
		case 'clustering':
			return can.plan ? (
				<ClusteringStep
					flow={ flow }
					connected={ setup.connection.connected }
				/>
			) : (
				<NotAllowed />
			);
	}
}
