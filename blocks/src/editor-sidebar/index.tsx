/**
 * WordPress dependencies
 */
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import { DocumentPanel } from './components/DocumentPanel';
import { Igny8Sidebar } from './components/Igny8Sidebar';
import { loadSidebarContent } from './components/load-sidebar-content';
import { PrePublishPanel } from './components/PrePublishPanel';
import { rememberSidebar } from './lib/remember-sidebar';
import './index.scss';

registerPlugin( 'igny8-editor-sidebar', { render: Igny8Sidebar } );
registerPlugin( 'igny8-document-panel', { render: DocumentPanel } );
registerPlugin( 'igny8-prepublish-panel', { render: PrePublishPanel } );
// The sidebar opens with the editor: its content starts loading now, beside the editor's start.
if ( rememberSidebar() ) {
	loadSidebarContent().catch( () => undefined );
}
