/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import { _n, sprintf } from '@wordpress/i18n';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import { ScreenNotices } from '../../shared/screen-notices';
import { selectOptions } from '../sectors';
import { FormActions, ModalForm } from './FormActions';

/**
 * The body of a bulk "set one field on the selected keywords" modal (Move to cluster…, Set
 * sector…): the modal's notices, one select saying how many keywords it is for, and the buttons.
 */
export function AssignSelectForm( {
	notices,
	label,
	count,
	value,
	options,
	onChange,
	submitLabel,
	saving,
	onSubmit,
	onCancel,
	children,
}: {
	/** The modal's own notice context. */
	notices: string;
	label: string;
	count: number;
	value: string;
	options: Array< { value: number; label: string } >;
	onChange: ( value: string ) => void;
	submitLabel: string;
	saving: boolean;
	onSubmit: () => void;
	onCancel?: () => void;
	/** Shown under the select (e.g. how to add the first sector). */
	children?: ReactNode;
} ) {
	return (
		<ModalForm onSubmit={ onSubmit }>
			<ScreenNotices context={ notices } />
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ label }
				help={ sprintf(
					/* translators: %d: number of keywords */
					_n(
						'For %d selected keyword.',
						'For %d selected keywords.',
						count,
						'igny8'
					),
					count
				) }
				value={ value }
				options={ selectOptions( options ) }
				onChange={ onChange }
			/>
			{ children }
			<FormActions
				submitLabel={ submitLabel }
				saving={ saving }
				onCancel={ onCancel }
			/>
		</ModalForm>
	);
}
