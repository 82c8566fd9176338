/**
 * WordPress dependencies
 */
import { TabPanel } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ScreenNoticeView, ScreenNotices } from '../../shared/screen-notices';
import { readTab, writeTab } from '../../settings/url-tab';
import { WRITER_TABS } from '../query';
import type { WriterInitialState } from '../types';
import { ContentTab } from './ContentTab';
import { ImagesTab } from './ImagesTab';
import { TasksTab } from './TasksTab';

/**
 * The Writer screen: Tasks (new task form + table with the pipeline's bulk
 * actions), Drafts, Published and Images. The open tab is kept in the URL;
 * a visited tab stays mounted (hidden), so its view and selection survive.
 */
export function WriterApp( {
	initialState,
}: {
	initialState: WriterInitialState;
} ) {
	const first = readTab( WRITER_TABS, 'tasks' );
	const [ opened, setOpened ] = useState< string[] >( [ first ] );
	const tabs = [
		{ name: 'tasks', title: __( 'Tasks', 'igny8' ) },
		{ name: 'drafts', title: __( 'Drafts', 'igny8' ) },
		{ name: 'published', title: __( 'Published', 'igny8' ) },
		{ name: 'images', title: __( 'Images', 'igny8' ) },
	];
	const panels: Record< string, JSX.Element > = {
		tasks: <TasksTab initialState={ initialState } />,
		drafts: (
			<ContentTab
				status="draft"
				settingsUrl={ initialState.settingsUrl }
			/>
		),
		published: (
			<ContentTab
				status="publish"
				settingsUrl={ initialState.settingsUrl }
			/>
		),
		images: <ImagesTab settingsUrl={ initialState.settingsUrl } />,
	};

	return (
		<div className="igny8-screen igny8-writer">
			{ ! initialState.connected && (
				<ScreenNoticeView
					notice={ {
						status: 'warning',
						message: __(
							'This site is not connected to the IGNY8 cloud yet.',
							'igny8'
						),
						nextStep: initialState.settingsUrl
							? __(
									'Connect it on the Settings screen, then come back to write.',
									'igny8'
								)
							: __(
									'Ask an administrator to connect it on the IGNY8 Settings screen.',
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
			) }
			<ScreenNotices />
			<TabPanel
				className="igny8-tabs"
				tabs={ tabs }
				initialTabName={ first }
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
						{ tabs.map( ( { name } ) =>
							opened.includes( name ) || name === tab.name ? (
								<div key={ name } hidden={ name !== tab.name }>
									{ panels[ name ] }
								</div>
							) : null
						) }
					</>
				) }
			</TabPanel>
		</div>
	);
}
