/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Cancel and submit at the foot of a Planner modal form; submit shows the save in progress.
 */
export function FormActions( {
	submitLabel,
	saving,
	disabled = false,
	onCancel,
}: {
	submitLabel: string;
	saving: boolean;
	disabled?: boolean;
	onCancel?: () => void;
} ) {
	return (
		<div className="igny8-actions igny8-actions--end">
			<Button variant="tertiary" onClick={ onCancel }>
				{ __( 'Cancel', 'igny8' ) }
			</Button>
			<Button
				variant="primary"
				type="submit"
				isBusy={ saving }
				disabled={ saving || disabled }
				accessibleWhenDisabled
			>
				{ submitLabel }
			</Button>
		</div>
	);
}

/**
 * The form of a modal: submitting (Enter or the submit button) runs onSubmit instead of
 * reloading the page. `noValidate` when the form checks its fields itself (and says why).
 */
export function ModalForm( {
	onSubmit,
	noValidate,
	children,
}: {
	onSubmit: () => void;
	noValidate?: boolean;
	children: ReactNode;
} ) {
	return (
		<form
			className="igny8-form"
			noValidate={ noValidate }
			onSubmit={ ( event ) => {
				event.preventDefault();
				onSubmit();
			} }
		>
			{ children }
		</form>
	);
}
