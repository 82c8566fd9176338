/**
 * WordPress dependencies
 */
import {
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { FormActions, ModalForm } from '../../planner/components/FormActions';
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { Category, Cluster, Task } from '../../shared/store/types';
import { useCollection } from '../../shared/use-collection';
import { StrategySelect } from '../../shared/StrategySelect';
import { TargetWordsField } from '../../shared/TargetWordsField';
import { useForm } from '../../shared/use-form';
import {
	structureOptions,
	TASK_FORM_FIELDS,
	taskForm,
	taskServerErrors,
	validateTaskForm,
	type TaskFormField,
} from '../task-form';

/** The modal's own notices (and the slot of its one notice). */
const FORM_NOTICES = 'igny8/edit-task';

const contentTypes = (): Array< { value: string; label: string } > => [
	{ value: 'post', label: __( 'Post', 'igny8' ) },
	{ value: 'page', label: __( 'Page', 'igny8' ) },
];

/** Choices of the category and cluster selects (the first 100 by name). */
const BY_NAME = { per_page: 100, orderby: 'name', order: 'asc' };

/** A select's options: "none" first, then the items, and the current id even when not listed. */
function idOptions(
	none: string,
	items: Array< { id: number; name: string } >,
	current: number | null
) {
	const options = [
		{ value: '0', label: none },
		...items.map( ( item ) => ( {
			value: String( item.id ),
			label: item.name,
		} ) ),
	];
	if ( current && ! items.some( ( item ) => item.id === current ) ) {
		options.push( { value: String( current ), label: `#${ current }` } );
	}
	return options;
}

/**
 * "Edit" on one task (a DataViews action's RenderModal): title, brief,
 * keywords, content type, structure, target length, category, cluster and writing strategy, checked as the
 * server checks them. Saved optimistically; on a refusal the table goes back
 * and what was typed stays here.
 */
export function EditTaskModal( {
	task,
	closeModal,
}: {
	task: Task;
	closeModal?: () => void;
} ) {
	const form = useForm< TaskFormField >(
		taskForm( task ),
		TASK_FORM_FIELDS,
		'igny8-edit-task'
	);
	const [ saving, setSaving ] = useState( false );
	const { saveItem } = useDispatch( store );
	const notices = useScreenNotices();
	const formNotices = useScreenNotices( FORM_NOTICES );
	const categories = useCollection< Category >( 'categories', BY_NAME );
	// Authors may write but not plan: without the clusters, the task's own cluster stays choosable.
	const clusters = useCollection< Cluster >( 'clusters', BY_NAME );
	const categoryOptions = useMemo(
		() =>
			idOptions(
				__( 'Default category', 'igny8' ),
				categories.items,
				task.taxonomy_term_id
			),
		[ categories.items, task.taxonomy_term_id ]
	);
	const clusterOptions = useMemo(
		() =>
			idOptions(
				__( 'No cluster', 'igny8' ),
				clusters.items,
				task.cluster_id
			),
		[ clusters.items, task.cluster_id ]
	);

	const save = async () => {
		const checked = validateTaskForm( form.values );
		form.showErrors( checked.errors );
		formNotices.remove( FORM_NOTICES );
		if ( ! checked.data ) {
			return;
		}
		setSaving( true );
		try {
			await saveItem( 'tasks', task.id, checked.data );
			notices.snackbar(
				sprintf(
					/* translators: %s: task title */
					__( 'Task “%s” saved.', 'igny8' ),
					checked.data.title
				)
			);
			closeModal?.();
		} catch ( error ) {
			const refused = taskServerErrors( error );
			form.showErrors( refused.errors );
			formNotices.set( FORM_NOTICES, refused.notice );
			setSaving( false );
		}
	};

	const { control, textarea, errors } = form;
	return (
		<ModalForm onSubmit={ save } noValidate>
			<ScreenNotices context={ FORM_NOTICES } />
			<TextControl
				{ ...control( 'title' ) }
				label={ __( 'Title (required)', 'igny8' ) }
				help={ errors.title }
				autoComplete="off"
				required
			/>
			<TextareaControl
				{ ...textarea( 'brief' ) }
				label={ __( 'Brief', 'igny8' ) }
				help={
					errors.brief ??
					__(
						'What the article should cover, for whom, and in what tone.',
						'igny8'
					)
				}
				rows={ 5 }
			/>
			<TextControl
				{ ...control( 'keywords' ) }
				label={ __( 'Keywords', 'igny8' ) }
				help={
					errors.keywords ??
					__( 'Separate keywords with commas.', 'igny8' )
				}
			/>
			<div className="igny8-form__row">
				<SelectControl
					{ ...control( 'content_type' ) }
					label={ __( 'Content type', 'igny8' ) }
					help={ errors.content_type }
					options={ contentTypes() }
				/>
				<SelectControl
					{ ...control( 'content_structure' ) }
					label={ __( 'Structure', 'igny8' ) }
					help={ errors.content_structure }
					options={ structureOptions() }
				/>
			</div>
			<TargetWordsField
				control={ control( 'target_words' ) }
				error={ errors.target_words }
				help={ __(
					'The article is written to this length, and both scores measure against it. Empty: the writing strategy’s target, else the cluster’s, else 1,200.',
					'igny8'
				) }
			/>
			<SelectControl
				{ ...control( 'taxonomy_term_id' ) }
				label={ __( 'Category', 'igny8' ) }
				help={
					errors.taxonomy_term_id ??
					__( 'Used when the draft is a post.', 'igny8' )
				}
				options={ categoryOptions }
			/>
			<SelectControl
				{ ...control( 'cluster_id' ) }
				label={ __( 'Cluster', 'igny8' ) }
				help={ errors.cluster_id }
				options={ clusterOptions }
			/>
			<StrategySelect
				control={ control( 'strategy_id' ) }
				help={
					errors.strategy_id ??
					__(
						'Length, structure, tone, images, FAQ, key takeaways and links. The task’s own length still wins, and its structure unless it is the plain Article.',
						'igny8'
					)
				}
			/>
			<FormActions
				submitLabel={ __( 'Save', 'igny8' ) }
				saving={ saving }
				onCancel={ closeModal }
			/>
		</ModalForm>
	);
}
