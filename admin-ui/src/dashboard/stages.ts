/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { DashboardState, Stages } from './types';

export interface StageView {
	key: keyof Stages;
	label: string;
	count: number;
	url: string;
	/** What to do when the stage is empty and the one before it is not (or it is the first). */
	hint: string | null;
}

/**
 * The six pipeline stages in order, each with its link and, where the flow
 * stops, the next step (pure; unit-tested).
 */
export function pipelineStages(
	stages: Stages,
	urls: Pick< DashboardState, 'plannerUrl' | 'writerUrl' >
): StageView[] {
	const planner = ( tab: string ) => `${ urls.plannerUrl }&tab=${ tab }`;
	const writer = ( tab: string ) => `${ urls.writerUrl }&tab=${ tab }`;
	const list: Array< Omit< StageView, 'hint' > & { next: string } > = [
		{
			key: 'keywords',
			label: __( 'Keywords', 'igny8' ),
			count: stages.keywords,
			url: planner( 'keywords' ),
			next: __( 'Import a keyword CSV to start.', 'igny8' ),
		},
		{
			key: 'clusters',
			label: __( 'Clusters', 'igny8' ),
			count: stages.clusters,
			url: planner( 'clusters' ),
			next: __( 'Select keywords and choose Auto cluster.', 'igny8' ),
		},
		{
			key: 'ideas',
			label: __( 'Ideas', 'igny8' ),
			count: stages.ideas,
			url: planner( 'ideas' ),
			next: __( 'Select clusters and choose Generate ideas.', 'igny8' ),
		},
		{
			key: 'tasks',
			label: __( 'Tasks', 'igny8' ),
			count: stages.tasks,
			url: writer( 'tasks' ),
			next: __( 'Select ideas and choose Create tasks.', 'igny8' ),
		},
		{
			key: 'drafts',
			label: __( 'Drafts', 'igny8' ),
			count: stages.drafts,
			url: writer( 'drafts' ),
			next: __( 'Select tasks and choose Generate content.', 'igny8' ),
		},
		{
			key: 'published',
			label: __( 'Published', 'igny8' ),
			count: stages.published,
			url: writer( 'published' ),
			next: __( 'Open a draft in the editor and publish it.', 'igny8' ),
		},
	];
	return list.map( ( { next, ...stage }, index ) => {
		const previous = index === 0 ? 1 : list[ index - 1 ]!.count;
		return {
			...stage,
			hint: stage.count === 0 && previous > 0 ? next : null,
		};
	} );
}

/** A job's AI function as people say it. */
export function functionLabel( fn: string ): string {
	const labels: Record< string, string > = {
		auto_cluster: __( 'Auto cluster', 'igny8' ),
		generate_ideas: __( 'Generate ideas', 'igny8' ),
		generate_content: __( 'Generate content', 'igny8' ),
		generate_image_prompts: __( 'Image prompts', 'igny8' ),
		generate_images: __( 'Generate images', 'igny8' ),
		optimize_content: __( 'Optimize', 'igny8' ),
	};
	return labels[ fn ] ?? fn;
}
