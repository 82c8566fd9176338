/**
 * WordPress dependencies
 */
import {
	Modal,
	SelectControl,
	TextControl,
	ToggleControl,
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
import type { Strategy } from '../../shared/store/types';
import { TargetWordsField } from '../../shared/TargetWordsField';
import { useCollection } from '../../shared/use-collection';
import { useForm } from '../../shared/use-form';
import { structureOptions } from '../../writer/task-form';
import type { AuthorProfile } from '../../settings/types';
import {
	MAX_IMAGES,
	STRATEGY_FORM_FIELDS,
	strategyServerErrors,
	validateStrategyForm,
	type StrategyFormField,
	type StrategyFormValues,
} from '../strategy-form';

const FORM_NOTICES = 'igny8/strategy-form';

/** The internal-link policies (Strategies_Repository::LINK_POLICIES). */
const linkOptions = (): Array< { value: string; label: string } > => [
	{
		value: 'linker',
		label: __( 'Suggested by the Linker after writing', 'igny8' ),
	},
	{ value: 'none', label: __( 'No links in the article', 'igny8' ) },
];

/**
 * Create, edit or duplicate one strategy (`editing` null creates, also from a
 * duplicate's values). Checked as the server checks it; what was typed stays
 * on a refusal.
 */
export function StrategyModal( {
	initial,
	editing,
	onClose,
}: {
	initial: StrategyFormValues;
	editing: Strategy | null;
	onClose: () => void;
} ) {
	const form = useForm< StrategyFormField >(
		initial,
		STRATEGY_FORM_FIELDS,
		'igny8-strategy'
	);
	const [ saving, setSaving ] = useState( false );
	const { createItem, saveItem } = useDispatch( store );
	const notices = useScreenNotices();
	const formNotices = useScreenNotices( FORM_NOTICES );
	const profiles = useCollection< AuthorProfile >( 'author_profiles', {
		per_page: 100,
	} );
	const profileOptions = useMemo(
		() => [
			{ value: '', label: __( 'The site’s default profile', 'igny8' ) },
			...profiles.items.map( ( profile ) => ( {
				value: profile.id,
				label: profile.name,
			} ) ),
		],
		[ profiles.items ]
	);

	const save = async () => {
		const checked = validateStrategyForm( form.values );
		form.showErrors( checked.errors );
		formNotices.remove( FORM_NOTICES );
		if ( ! checked.data ) {
			return;
		}
		setSaving( true );
		try {
			await ( editing
				? saveItem( 'strategies', editing.id, checked.data )
				: createItem( 'strategies', checked.data ) );
			notices.snackbar(
				sprintf(
					/* translators: %s: strategy name */
					__( 'Strategy “%s” saved.', 'igny8' ),
					String( checked.data.name )
				)
			);
			onClose();
		} catch ( error ) {
			const refused = strategyServerErrors( error );
			form.showErrors( refused.errors );
			formNotices.set( FORM_NOTICES, refused.notice );
			setSaving( false );
		}
	};

	const { control, errors, values } = form;
	const toggle = ( field: 'faq' | 'takeaways', label: string ) => (
		<ToggleControl
			__nextHasNoMarginBottom
			label={ label }
			checked={ values[ field ] === '1' }
			onChange={ ( on ) => control( field ).onChange( on ? '1' : '0' ) }
		/>
	);
	return (
		<Modal
			title={
				editing
					? __( 'Edit strategy', 'igny8' )
					: __( 'New strategy', 'igny8' )
			}
			onRequestClose={ onClose }
		>
			<ModalForm onSubmit={ save } noValidate>
				<ScreenNotices context={ FORM_NOTICES } />
				<TextControl
					{ ...control( 'name' ) }
					label={ __( 'Name (required)', 'igny8' ) }
					help={ errors.name }
					autoComplete="off"
					required
				/>
				<TargetWordsField
					control={ control( 'target_words' ) }
					error={ errors.target_words }
					help={ __(
						'Empty: the task’s cluster target, else 1,200. A task’s own length always wins.',
						'igny8'
					) }
				/>
				<SelectControl
					{ ...control( 'content_structure' ) }
					label={ __( 'Structure (outline template)', 'igny8' ) }
					help={
						errors.content_structure ??
						__(
							'Used for tasks that kept the standard article structure.',
							'igny8'
						)
					}
					options={ [
						{
							value: '',
							label: __( 'The task’s own structure', 'igny8' ),
						},
						...structureOptions(),
					] }
				/>
				<SelectControl
					{ ...control( 'author_profile' ) }
					label={ __( 'Tone and author profile', 'igny8' ) }
					help={ errors.author_profile }
					options={ profileOptions }
				/>
				<TextControl
					{ ...control( 'image_count' ) }
					type="number"
					min={ 0 }
					max={ MAX_IMAGES }
					label={ __( 'In-article images', 'igny8' ) }
					help={
						errors.image_count ??
						__(
							'Images inside the article, besides the featured image.',
							'igny8'
						)
					}
				/>
				{ toggle(
					'faq',
					__( 'End with frequently asked questions', 'igny8' )
				) }
				{ toggle(
					'takeaways',
					__( 'Open with key takeaways', 'igny8' )
				) }
				<SelectControl
					{ ...control( 'link_policy' ) }
					label={ __( 'Internal links', 'igny8' ) }
					help={ errors.link_policy }
					options={ linkOptions() }
				/>
				<FormActions
					submitLabel={ __( 'Save strategy', 'igny8' ) }
					saving={ saving }
					onCancel={ onClose }
				/>
			</ModalForm>
		</Modal>
	);
}
