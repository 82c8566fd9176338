/**
 * The form of a new rule, in a modal.
 *
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	Modal,
	SelectControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { AutomationState, PublishMode, RuleFields } from '../types';

const DAYS: Array< [ number, string ] > = [
	[ 1, __( 'Mon', 'igny8' ) ],
	[ 2, __( 'Tue', 'igny8' ) ],
	[ 3, __( 'Wed', 'igny8' ) ],
	[ 4, __( 'Thu', 'igny8' ) ],
	[ 5, __( 'Fri', 'igny8' ) ],
	[ 6, __( 'Sat', 'igny8' ) ],
	[ 7, __( 'Sun', 'igny8' ) ],
];

interface Props {
	state: AutomationState;
	onSubmit: ( fields: RuleFields ) => Promise< void >;
	onClose: () => void;
}

export function RuleForm( { state, onSubmit, onClose }: Props ) {
	const [ fields, setFields ] = useState< RuleFields >( {
		name: '',
		sector_id: 0,
		max_ideas: 3,
		days: [ 1, 2, 3, 4, 5 ],
		run_time: '09:00',
		publish_mode: 'draft',
		publish_time: '',
		generate_images: false,
		quality_threshold: 70,
		monthly_credit_cap: 0,
	} );
	const [ busy, setBusy ] = useState( false );
	const set = < K extends keyof RuleFields >(
		key: K,
		value: RuleFields[ K ]
	) => setFields( { ...fields, [ key ]: value } );

	return (
		<Modal
			className="igny8-rule-form"
			title={ __( 'New automation rule', 'igny8' ) }
			onRequestClose={ onClose }
			size="medium"
		>
			<form
				onSubmit={ async ( event ) => {
					event.preventDefault();
					setBusy( true );
					try {
						await onSubmit( fields );
					} finally {
						setBusy( false );
					}
				} }
			>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Name', 'igny8' ) }
					value={ fields.name }
					onChange={ ( v ) => set( 'name', v ) }
					required
				/>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Sector', 'igny8' ) }
					value={ String( fields.sector_id ) }
					options={ [
						{ value: '0', label: __( 'Every sector', 'igny8' ) },
						...state.sectors.map( ( s ) => ( {
							value: String( s.id ),
							label: s.name,
						} ) ),
					] }
					onChange={ ( v ) => set( 'sector_id', Number( v ) ) }
				/>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					type="number"
					min={ 1 }
					max={ 20 }
					label={ __( 'Approved ideas per run (at most)', 'igny8' ) }
					value={ String( fields.max_ideas ) }
					onChange={ ( v ) => set( 'max_ideas', Number( v ) ) }
				/>
				<fieldset className="igny8-days">
					<legend>
						{ sprintf(
							/* translators: %s: timezone */
							__( 'Days and time (%s)', 'igny8' ),
							state.timezone
						) }
					</legend>
					{ DAYS.map( ( [ day, label ] ) => (
						<CheckboxControl
							key={ day }
							__nextHasNoMarginBottom
							label={ label }
							checked={ fields.days.includes( day ) }
							onChange={ ( on ) =>
								set(
									'days',
									on
										? [ ...fields.days, day ].sort()
										: fields.days.filter(
												( d ) => d !== day
											)
								)
							}
						/>
					) ) }
				</fieldset>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					type="time"
					label={ __( 'Run at', 'igny8' ) }
					value={ fields.run_time }
					onChange={ ( v ) => set( 'run_time', v ) }
				/>
				<ToggleControl
					__nextHasNoMarginBottom
					label={ __( 'Generate images', 'igny8' ) }
					checked={ fields.generate_images }
					onChange={ ( v ) => set( 'generate_images', v ) }
				/>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __(
						'When a post passes the quality gate',
						'igny8'
					) }
					value={ fields.publish_mode }
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
				{ 'schedule' === fields.publish_mode && (
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						type="time"
						label={ __( 'Publish at', 'igny8' ) }
						value={ fields.publish_time }
						onChange={ ( v ) => set( 'publish_time', v ) }
					/>
				) }
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					type="number"
					min={ 0 }
					max={ 100 }
					label={ __(
						'Lowest optimisation score to publish (0–100)',
						'igny8'
					) }
					value={ String( fields.quality_threshold ) }
					onChange={ ( v ) =>
						set( 'quality_threshold', Number( v ) )
					}
				/>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					type="number"
					min={ 0 }
					label={ __( 'Monthly credit cap (0: no cap)', 'igny8' ) }
					value={ String( fields.monthly_credit_cap ) }
					onChange={ ( v ) =>
						set( 'monthly_credit_cap', Number( v ) )
					}
				/>
				<div className="igny8-toolbar">
					<Button variant="tertiary" onClick={ onClose }>
						{ __( 'Cancel', 'igny8' ) }
					</Button>
					<Button
						variant="primary"
						type="submit"
						isBusy={ busy }
						disabled={
							busy ||
							'' === fields.name.trim() ||
							fields.days.length === 0
						}
					>
						{ __( 'Create rule', 'igny8' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}
