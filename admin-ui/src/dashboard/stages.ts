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

export interface FirstStep {
	key: keyof Stages;
	/** What to do, as one sentence. */
	text: string;
	/** The link's words: the screen that does it. */
	linkText: string;
	url: string;
	done: boolean;
}

/**
 * What a new site does first, in order, each step linking to the screen that does it; a
 * step is done once the stage it fills has rows (pure; unit-tested). Empty once something
 * is published: the pipeline row then says enough.
 */
export function firstSteps(
	stages: Stages,
	urls: Pick< DashboardState, 'plannerUrl' | 'writerUrl' >
): FirstStep[] {
	if ( stages.published > 0 ) {
		return [];
	}
	const planner = ( tab: string ) => `${ urls.plannerUrl }&tab=${ tab }`;
	const writer = ( tab: string ) => `${ urls.writerUrl }&tab=${ tab }`;
	return [
		{
			key: 'keywords',
			text: __(
				'Import a keyword CSV or add keywords one by one.',
				'igny8'
			),
			linkText: __( 'Import or add keywords', 'igny8' ),
			url: planner( 'keywords' ),
			done: stages.keywords > 0,
		},
		{
			key: 'clusters',
			text: __(
				'Select keywords and choose Auto cluster to group them into topics.',
				'igny8'
			),
			linkText: __( 'Cluster keywords', 'igny8' ),
			url: planner( 'keywords' ),
			done: stages.clusters > 0,
		},
		{
			key: 'ideas',
			text: __(
				'Select clusters and choose Generate ideas for articles.',
				'igny8'
			),
			linkText: __( 'Generate ideas', 'igny8' ),
			url: planner( 'clusters' ),
			done: stages.ideas > 0,
		},
		{
			key: 'tasks',
			text: __(
				'Select ideas and choose Create tasks to send them to the Writer.',
				'igny8'
			),
			linkText: __( 'Create tasks', 'igny8' ),
			url: planner( 'ideas' ),
			done: stages.tasks > 0,
		},
		{
			key: 'drafts',
			text: __(
				'Select tasks and choose Generate content to write the drafts.',
				'igny8'
			),
			linkText: __( 'Write drafts', 'igny8' ),
			url: writer( 'tasks' ),
			done: stages.drafts > 0,
		},
		{
			key: 'published',
			text: __(
				'Review a draft in the block editor and publish it.',
				'igny8'
			),
			linkText: __( 'Review drafts', 'igny8' ),
			url: writer( 'drafts' ),
			done: false,
		},
	];
}
