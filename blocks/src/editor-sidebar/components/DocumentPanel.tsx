/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { PluginDocumentSettingPanel } from '@wordpress/editor';
import { lazy, Suspense } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ContextRequest } from './ContextRequest';

// Loaded when the panel is opened (a closed panel loads and computes nothing).
const DocumentSummary = lazy( () => import( './DocumentSummary' ) );

/** The score in the document settings, with a way into the full sidebar. */
export function DocumentPanel() {
	return (
		<PluginDocumentSettingPanel
			name="igny8-document-panel"
			title={ __( 'IGNY8 optimisation', 'igny8' ) }
		>
			<ContextRequest />
			<Suspense fallback={ <Spinner /> }>
				<DocumentSummary />
			</Suspense>
		</PluginDocumentSettingPanel>
	);
}
