/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatNumber } from '../../shared/format';
import { pipelineStages } from '../stages';
import type { Stages } from '../types';

/** keywords → clusters → ideas → tasks → drafts → published, each a link to its table. */
export function Pipeline( {
	stages,
	plannerUrl,
	writerUrl,
}: {
	stages: Stages;
	plannerUrl: string;
	writerUrl: string;
} ) {
	return (
		<ol
			className="igny8-pipeline"
			aria-label={ __( 'Content pipeline', 'igny8' ) }
		>
			{ pipelineStages( stages, { plannerUrl, writerUrl } ).map(
				( stage ) => (
					<li
						key={ stage.key }
						className="igny8-pipeline__stage"
						data-stage={ stage.key }
					>
						{ /* The name is the visible text plus a hidden hint, so it starts with what is
						     shown (WCAG 2.5.3, "label in name"). */ }
						<a href={ stage.url }>
							<span className="igny8-pipeline__count">
								{ formatNumber( stage.count ) }
							</span>{ ' ' }
							<span className="igny8-pipeline__label">
								{ stage.label }
							</span>{ ' ' }
							<span className="screen-reader-text">
								{ __( '— open the list', 'igny8' ) }
							</span>
						</a>
						{ stage.hint && (
							<p className="igny8-pipeline__hint">
								{ stage.hint }
							</p>
						) }
					</li>
				)
			) }
		</ol>
	);
}
