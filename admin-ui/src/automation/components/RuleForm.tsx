/**
 * The form of a new rule or of an edited one, in a modal. Checked in the browser
 * with the server's rules first; a refusal of the server lands under its field.
 * What was typed stays in the form on any error.
 *
 * WordPress dependencies
 */
import {
	Button,
	Modal,
	SelectControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ReactElement } from 'react';

/**
 * Internal dependencies
 */
import { StrategySelect } from '../../shared/StrategySelect';
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import {
	emptyRuleForm,
	ruleServerErrors,
	ruleToForm,
	validateRuleForm,
	type RuleFormErrors,
	type RuleFormField,
	type RuleFormValues,
} from '../rule-form';
import type { AutomationState, PublishMode, Rule, RuleFields } from '../types';
import { DaysField } from './DaysField';

const FORM_NOTICES = 'igny8/rule-form';

const fieldId = ( field: RuleFormField ) => `igny8-rule-${ field }`;

interface Props {
	state: AutomationState;
	/** The rule to edit; none for a new rule. */
	rule?: Rule;
	/** Saves; rejects with the REST error when the server refuses. */
	onSubmit: ( fields: RuleFields ) => Promise< void >;
	onClose: () => void;
}

export function RuleForm( { state, rule, onSubmit, onClose }: Props ) {
	const [ values, setValues ] = useState< RuleFormValues >( () =>
		rule ? ruleToForm( rule ) : emptyRuleForm()
	);
	const [ errors, setErrors ] = useState< RuleFormErrors >( {} );
	const [ busy, setBusy ] = useState( false );
	const formNotices = useScreenNotices( FORM_NOTICES );

	const set = < K extends RuleFormField >(
		key: K,
		value: RuleFormValues[ K ]
	) => {
		setValues( ( current ) => ( { ...current, [ key ]: value } ) );
		setErrors( ( current ) => ( { ...current, [ key ]: undefined } ) );
	};

	const focusFirstError = ( found: RuleFormErrors ) => {
		const field = ( Object.keys( found ) as RuleFormField[] ).find(
			( key ) => found[ key ]
		);
		if ( field ) {
			window.requestAnimationFrame( () =>
				document
					.getElementById( fieldId( field ) )
					?.querySelector< HTMLElement >( 'input' )
					?.focus()
			);
		}
	};

	const submit = async () => {
		const checked = validateRuleForm( values );
		setErrors( checked.errors );
		formNotices.remove( FORM_NOTICES );
		if ( ! checked.data ) {
			focusFirstError( checked.errors );
			return;
		}
		setBusy( true );
		try {
			await onSubmit( checked.data );
		} catch ( error ) {
			const refused = ruleServerErrors( error );
			setErrors( refused.errors );
			formNotices.set( FORM_NOTICES, refused.notice );
			focusFirstError( refused.errors );
			setBusy( false );
		}
	};

	/** Props of a field: its id on the wrapper (the focus target), its error as help. */
	const field = ( key: RuleFormField, help?: string ) => ( {
		__nextHasNoMarginBottom: true,
		help: errors[ key ] ?? help,
		className: errors[ key ] ? 'igny8-field is-invalid' : 'igny8-field',
		'aria-invalid': errors[ key ] ? true : undefined,
	} );
	const wrap = ( key: RuleFormField, child: ReactElement ) => (
		<div id={ fieldId( key ) }>{ child }</div>
	);

	return (
		<Modal
			className="igny8-rule-form"
			title={
				rule
					? __( 'Edit automation rule', 'igny8' )
					: __( 'New automation rule', 'igny8' )
			}
			onRequestClose={ onClose }
			size="medium"
		>
			<form
				noValidate
				onSubmit={ ( event ) => {
					event.preventDefault();
					submit();
				} }
			>
				<ScreenNotices context={ FORM_NOTICES } />
				{ wrap(
					'name',
					<TextControl
						{ ...field( 'name' ) }
						__next40pxDefaultSize
						label={ __( 'Name', 'igny8' ) }
						value={ values.name }
						onChange={ ( v ) => set( 'name', v ) }
						required
					/>
				) }
				{ wrap(
					'sector_id',
					<SelectControl
						{ ...field( 'sector_id' ) }
						__next40pxDefaultSize
						label={ __( 'Sector', 'igny8' ) }
						value={ values.sector_id }
						options={ [
							{
								value: '0',
								label: __( 'Every sector', 'igny8' ),
							},
							...state.sectors.map( ( s ) => ( {
								value: String( s.id ),
								label: s.name,
							} ) ),
						] }
						onChange={ ( v ) => set( 'sector_id', v ) }
					/>
				) }
				{ wrap(
					'max_ideas',
					<TextControl
						{ ...field( 'max_ideas' ) }
						__next40pxDefaultSize
						type="number"
						min={ 1 }
						max={ 20 }
						label={ __(
							'Approved ideas per run (at most)',
							'igny8'
						) }
						value={ values.max_ideas }
						onChange={ ( v ) => set( 'max_ideas', v ) }
					/>
				) }
				<DaysField
					id={ fieldId( 'days' ) }
					timezone={ state.timezone }
					days={ values.days }
					error={ errors.days }
					onChange={ ( days ) => set( 'days', days ) }
				/>
				{ wrap(
					'run_time',
					<TextControl
						{ ...field( 'run_time' ) }
						__next40pxDefaultSize
						type="time"
						label={ __( 'Run at', 'igny8' ) }
						value={ values.run_time }
						onChange={ ( v ) => set( 'run_time', v ) }
					/>
				) }
				{ wrap(
					'strategy_id',
					<StrategySelect
						control={ {
							...field( 'strategy_id' ),
							__next40pxDefaultSize: true,
							value: values.strategy_id,
							onChange: ( v: string ) => set( 'strategy_id', v ),
						} }
						help={
							errors.strategy_id ??
							__(
								'How the rule’s articles are written; its tasks keep it.',
								'igny8'
							)
						}
					/>
				) }
				<ToggleControl
					__nextHasNoMarginBottom
					label={ __( 'Generate images', 'igny8' ) }
					checked={ values.generate_images }
					onChange={ ( v ) => set( 'generate_images', v ) }
				/>
				{ wrap(
					'publish_mode',
					<SelectControl
						{ ...field( 'publish_mode' ) }
						__next40pxDefaultSize
						label={ __(
							'When a post passes the quality gate',
							'igny8'
						) }
						value={ values.publish_mode }
						options={ [
							{
								value: 'draft',
								label: __( 'Keep it as a draft', 'igny8' ),
							},
							{
								value: 'publish',
								label: __( 'Publish it', 'igny8' ),
							},
							{
								value: 'schedule',
								label: __( 'Schedule it', 'igny8' ),
							},
						] }
						onChange={ ( v ) =>
							set( 'publish_mode', v as PublishMode )
						}
					/>
				) }
				{ 'schedule' === values.publish_mode &&
					wrap(
						'publish_time',
						<TextControl
							{ ...field( 'publish_time' ) }
							__next40pxDefaultSize
							type="time"
							label={ __( 'Publish at', 'igny8' ) }
							value={ values.publish_time }
							onChange={ ( v ) => set( 'publish_time', v ) }
						/>
					) }
				{ wrap(
					'quality_threshold',
					<TextControl
						{ ...field( 'quality_threshold' ) }
						__next40pxDefaultSize
						type="number"
						min={ 0 }
						max={ 100 }
						label={ __(
							'Lowest optimisation score to publish (0–100)',
							'igny8'
						) }
						value={ values.quality_threshold }
						onChange={ ( v ) => set( 'quality_threshold', v ) }
					/>
				) }
				{ wrap(
					'monthly_credit_cap',
					<TextControl
						{ ...field( 'monthly_credit_cap' ) }
						__next40pxDefaultSize
						type="number"
						min={ 0 }
						label={ __(
							'Monthly credit cap (0: no cap)',
							'igny8'
						) }
						value={ values.monthly_credit_cap }
						onChange={ ( v ) => set( 'monthly_credit_cap', v ) }
					/>
				) }
				<div className="igny8-toolbar">
					<Button variant="tertiary" onClick={ onClose }>
						{ __( 'Cancel', 'igny8' ) }
					</Button>
					<Button
						variant="primary"
						type="submit"
						isBusy={ busy }
						disabled={ busy }
						accessibleWhenDisabled
					>
						{ rule
							? __( 'Save rule', 'igny8' )
							: __( 'Create rule', 'igny8' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}
