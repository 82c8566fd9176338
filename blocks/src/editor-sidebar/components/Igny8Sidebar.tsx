/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { PluginSidebar, PluginSidebarMoreMenuItem } from '@wordpress/editor';
import { lazy, Suspense } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ContextRequest } from './ContextRequest';
import { loadSidebarContent } from './load-sidebar-content';
import { SIDEBAR_NAME } from '../lib/sidebar-name';

// The panels and the score model load when the sidebar first opens, not with the editor.
const SidebarContent = lazy( loadSidebarContent );

/** The IGNY8 sidebar; its content (and the score) exists only while the sidebar is open. */
export function Igny8Sidebar() {
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
				<ContextRequest />
				<Suspense fallback={ <Spinner /> }>
					<SidebarContent />
				</Suspense>
			</PluginSidebar>
		</>
	);
}
