/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

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
						<a
							href={ stage.url }
							aria-label={ sprintf(
								/* translators: 1: count, 2: stage name, e.g. "12 Keywords" */
								__( '%1$s %2$s — open the list', 'igny8' ),
								formatNumber( stage.count ),
								stage.label
							) }
						>
							<span className="igny8-pipeline__count">
								{ formatNumber( stage.count ) }
							</span>
							<span className="igny8-pipeline__label">
								{ stage.label }
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
