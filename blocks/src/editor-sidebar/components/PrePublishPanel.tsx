/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { PluginPrePublishPanel } from '@wordpress/editor';
import { lazy, Suspense } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ContextRequest } from './ContextRequest';

// Loaded when the pre-publish check opens, with the score model.
const PrePublishSummary = lazy( () => import( './PrePublishSummary' ) );

/** The IGNY8 check before publishing: the score and what still fails. */
export function PrePublishPanel() {
	return (
		<PluginPrePublishPanel
			className="igny8-prepublish"
			title={ __( 'IGNY8 optimisation', 'igny8' ) }
			initialOpen
		>
			<ContextRequest />
			<Suspense fallback={ <Spinner /> }>
				<PrePublishSummary />
			</Suspense>
		</PluginPrePublishPanel>
	);
}
