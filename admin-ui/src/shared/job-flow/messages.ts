/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { JobActionName, JobSnapshot } from './types';

/** Button and modal title of each action. */
export function actionLabel( action: JobActionName ): string {
	switch ( action ) {
		case 'auto_cluster':
			return __( 'Auto cluster', 'igny8' );
		case 'generate_ideas':
			return __( 'Generate ideas', 'igny8' );
		case 'create_tasks':
			return __( 'Create tasks', 'igny8' );
		case 'generate_content':
			return __( 'Generate content', 'igny8' );
		case 'generate_images':
			return __( 'Generate images', 'igny8' );
		case 'optimize_content':
			return __( 'Optimize', 'igny8' );
		case 'generate_excerpt':
			return __( 'Write excerpt', 'igny8' );
		case 'generate_product_description':
			return __( 'Write product descriptions', 'igny8' );
	}
}

/** What the action will do to the selection, for the confirm modal. */
export function actionSummary( action: JobActionName, count: number ): string {
	switch ( action ) {
		case 'auto_cluster':
			return sprintf(
				/* translators: %d: number of keywords */
				_n(
					'Group %d keyword into topic clusters.',
					'Group %d keywords into topic clusters.',
					count,
					'igny8'
				),
				count
			);
		case 'generate_ideas':
			return sprintf(
				/* translators: %d: number of clusters */
				_n(
					'Write article ideas for %d cluster.',
					'Write article ideas for %d clusters.',
					count,
					'igny8'
				),
				count
			);
		case 'create_tasks':
			return sprintf(
				/* translators: %d: number of ideas */
				_n(
					'Turn %d idea into a writer task.',
					'Turn %d ideas into writer tasks.',
					count,
					'igny8'
				),
				count
			);
		case 'generate_content':
			return sprintf(
				/* translators: %d: number of tasks */
				_n(
					'Write the draft of %d task.',
					'Write the drafts of %d tasks.',
					count,
					'igny8'
				),
				count
			);
		case 'generate_images':
			return (
				sprintf(
					/* translators: %d: number of tasks */
					_n(
						'Create the images of %d draft.',
						'Create the images of %d drafts.',
						count,
						'igny8'
					),
					count
				) +
				' ' +
				__(
					'A published post is not changed: its images wait as a pending change you accept in the post’s IGNY8 sidebar.',
					'igny8'
				)
			);
		case 'optimize_content':
			return sprintf(
				/* translators: %d: number of posts */
				_n( 'Optimize %d post.', 'Optimize %d posts.', count, 'igny8' ),
				count
			);
		case 'generate_excerpt':
			return sprintf(
				/* translators: %d: number of posts */
				_n(
					'Write the excerpt of %d post; its current excerpt is replaced.',
					'Write the excerpts of %d posts; their current excerpts are replaced.',
					count,
					'igny8'
				),
				count
			);
		case 'generate_product_description':
			return sprintf(
				/* translators: %d: number of products */
				_n(
					'Write the description and short description of %d product. A published product gets a proposal to review; a draft is changed at once.',
					'Write the descriptions and short descriptions of %d products. Published products get a proposal to review; drafts are changed at once.',
					count,
					'igny8'
				),
				count
			);
	}
}

/** Where the result can be seen: the notice's link. */
export function resultLink(
	action: JobActionName,
	completed: JobSnapshot[]
): { label: string; url: string } {
	const single = completed.length === 1 ? completed[ 0 ]?.post : null;
	switch ( action ) {
		case 'auto_cluster':
			return {
				label: __( 'View clusters', 'igny8' ),
				url: 'admin.php?page=igny8-planner&tab=clusters',
			};
		case 'generate_ideas':
			return {
				label: __( 'View ideas', 'igny8' ),
				url: 'admin.php?page=igny8-planner&tab=ideas',
			};
		case 'create_tasks':
			return {
				label: __( 'View tasks', 'igny8' ),
				url: 'admin.php?page=igny8-writer&tab=tasks',
			};
		case 'generate_content':
			return single?.edit_url
				? { label: __( 'Edit draft', 'igny8' ), url: single.edit_url }
				: {
						label: __( 'View drafts', 'igny8' ),
						url: 'admin.php?page=igny8-writer&tab=drafts',
					};
		case 'generate_images':
			return {
				label: __( 'View images', 'igny8' ),
				url: 'admin.php?page=igny8-writer&tab=images',
			};
		case 'generate_product_description':
			return {
				label: __( 'View products', 'igny8' ),
				url: 'edit.php?post_type=product',
			};
		case 'optimize_content':
		case 'generate_excerpt':
			return single?.edit_url
				? { label: __( 'Edit post', 'igny8' ), url: single.edit_url }
				: {
						label: __( 'View drafts', 'igny8' ),
						url: 'admin.php?page=igny8-writer&tab=drafts',
					};
	}
}

/** The success notice's message. */
export function successMessage(
	action: JobActionName,
	jobs: number,
	created: number
): string {
	if ( action === 'create_tasks' ) {
		return sprintf(
			/* translators: %d: number of tasks */
			_n(
				'%d task is ready in the Writer.',
				'%d tasks are ready in the Writer.',
				created,
				'igny8'
			),
			created
		);
	}
	return sprintf(
		/* translators: 1: action name, e.g. Auto cluster; 2: number of jobs */
		_n(
			'%1$s finished (%2$d job).',
			'%1$s finished (%2$d jobs).',
			jobs,
			'igny8'
		),
		actionLabel( action ),
		jobs
	);
}

/** The failure notice's message: the reasons, and that the reserved credits came back. */
export function failureMessage(
	action: JobActionName,
	reasons: string[]
): { message: string; nextStep: string } {
	return {
		message: sprintf(
			/* translators: 1: action name, 2: why it failed */
			__( '%1$s failed: %2$s', 'igny8' ),
			actionLabel( action ),
			[ ...new Set( reasons ) ].join( ' ' )
		),
		nextStep: __(
			'The credits reserved for it were refunded. Fix the cause, then run it again; your selection is kept.',
			'igny8'
		),
	};
}
