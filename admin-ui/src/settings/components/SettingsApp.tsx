/**
 * WordPress dependencies
 */
import { TabPanel } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ScreenNotices } from '../../shared/screen-notices';
import { readTab, writeTab } from '../url-tab';
import type { SettingsInitialState } from '../types';
import { AiModelsSection } from './AiModelsSection';
import { AiProviderSection } from './AiProviderSection';
import { AuthorProfilesSection } from './AuthorProfilesSection';
import { ConnectionSection } from './ConnectionSection';
import { DataSection } from './DataSection';
import { PromptsSection } from './PromptsSection';
import { SectorsSection } from './SectorsSection';

/** Section names, as in the URL (&tab=…). */
export const SETTINGS_TABS = [
	'connection',
	'models',
	'prompts',
	'profiles',
	'sectors',
	'data',
] as const;

/**
 * The Settings screen: one tab per section, the open one kept in the URL.
 * Every section stays mounted (only hidden), so what was typed in one survives
 * a visit to another.
 */
export function SettingsApp( {
	initialState,
}: {
	initialState: SettingsInitialState;
} ) {
	const [ opened, setOpened ] = useState< string[] >( () => [
		readTab( SETTINGS_TABS, 'connection' ),
	] );
	const connected = initialState.connection.connected;
	// The model choices follow the provider: a switch remounts them with the new list.
	const [ providerRevision, setProviderRevision ] = useState( 0 );
	// Older boot data had no capabilities: the screen itself needs manage_options, so allow all.
	const can = initialState.capabilities ?? {
		manage: true,
		write: true,
		plan: true,
	};
	const tabs = [
		{
			name: 'connection',
			title: __( 'Connection', 'igny8' ),
			allowed: true,
		},
		{
			name: 'models',
			title: __( 'AI models', 'igny8' ),
			allowed: can.manage,
		},
		{
			name: 'prompts',
			title: __( 'Prompts', 'igny8' ),
			allowed: can.manage,
		},
		{
			name: 'profiles',
			title: __( 'Author profiles', 'igny8' ),
			allowed: can.write,
		},
		{ name: 'sectors', title: __( 'Sectors', 'igny8' ), allowed: can.plan },
		{ name: 'data', title: __( 'Data', 'igny8' ), allowed: can.manage },
	].filter( ( tab ) => tab.allowed );
	const sections: Record< string, JSX.Element > = {
		connection: <ConnectionSection initialState={ initialState } />,
		models: (
			<>
				{ connected && (
					<AiProviderSection
						onSwitched={ () =>
							setProviderRevision( ( revision ) => revision + 1 )
						}
					/>
				) }
				<AiModelsSection key={ providerRevision } />
			</>
		),
		prompts: <PromptsSection />,
		profiles: <AuthorProfilesSection />,
		sectors: <SectorsSection />,
		data: <DataSection />,
	};

	return (
		<div className="igny8-screen igny8-settings">
			<ScreenNotices />
			<TabPanel
				className="igny8-tabs"
				tabs={ tabs }
				initialTabName={ readTab( SETTINGS_TABS, 'connection' ) }
				onSelect={ ( name ) => {
					writeTab( name );
					setOpened( ( current ) =>
						current.includes( name )
							? current
							: [ ...current, name ]
					);
				} }
			>
				{ ( tab ) => (
					<>
						{ ! connected && tab.name === 'models' && (
							<p className="igny8-help">
								{ __(
									'These settings apply once the site is connected to the IGNY8 cloud.',
									'igny8'
								) }
							</p>
						) }
						{ tabs.map( ( { name } ) =>
							// A section mounts on its first visit, then stays (hidden) so its drafts survive.
							opened.includes( name ) || name === tab.name ? (
								<div key={ name } hidden={ name !== tab.name }>
									{ sections[ name ] }
								</div>
							) : null
						) }
					</>
				) }
			</TabPanel>
		</div>
	);
}
