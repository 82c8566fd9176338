/**
 * WordPress dependencies
 */
import { ExternalLink, PanelBody } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import {
	PluginSidebar,
	PluginSidebarMoreMenuItem,
	store as editorStore,
} from '@wordpress/editor';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatGmt, isIgny8Post, readIgny8Context } from '../context';

/** Name shared by the sidebar and its "more" menu item. */
export const SIDEBAR_NAME = 'igny8-sidebar';

/** The IGNY8 panel in the post editor: where this draft came from. */
export function Igny8Sidebar() {
	const meta = useSelect(
		( select ) =>
			(
				select( editorStore ) as {
					getEditedPostAttribute: ( name: string ) => unknown;
				}
			 ).getEditedPostAttribute( 'meta' ),
		[]
	);
	const context = readIgny8Context( meta );
	const title = __( 'IGNY8', 'igny8' );

	return (
		<>
			<PluginSidebarMoreMenuItem
				target={ SIDEBAR_NAME }
				icon="welcome-write-blog"
			>
				{ title }
			</PluginSidebarMoreMenuItem>
			<PluginSidebar
				name={ SIDEBAR_NAME }
				title={ title }
				icon="welcome-write-blog"
			>
				<PanelBody title={ __( 'Generation', 'igny8' ) }>
					{ isIgny8Post( context ) ? (
						<dl className="igny8-sidebar__details">
							<dt>{ __( 'Writer task', 'igny8' ) }</dt>
							<dd>
								{ context.taskId !== null
									? `#${ context.taskId }`
									: __( 'None', 'igny8' ) }
							</dd>
							<dt>{ __( 'Cloud job', 'igny8' ) }</dt>
							<dd>
								<code>
									{ context.jobId ?? __( 'None', 'igny8' ) }
								</code>
							</dd>
							<dt>{ __( 'Last synced', 'igny8' ) }</dt>
							<dd>
								{ context.lastSynced
									? formatGmt( context.lastSynced )
									: __( 'Never', 'igny8' ) }
							</dd>
						</dl>
					) : (
						<p>
							{ __(
								'This post was not written by IGNY8. Drafts written from the IGNY8 Writer show their task and job here.',
								'igny8'
							) }
						</p>
					) }
					<p>
						<ExternalLink href="admin.php?page=igny8">
							{ __( 'Open the IGNY8 Writer', 'igny8' ) }
						</ExternalLink>
					</p>
				</PanelBody>
			</PluginSidebar>
		</>
	);
}
