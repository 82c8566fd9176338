/**
 * The weekdays a rule runs on: one checkbox a day, with the form's error under them.
 *
 * WordPress dependencies
 */
import { CheckboxControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

const DAYS: Array< [ number, string ] > = [
	[ 1, __( 'Mon', 'igny8' ) ],
	[ 2, __( 'Tue', 'igny8' ) ],
	[ 3, __( 'Wed', 'igny8' ) ],
	[ 4, __( 'Thu', 'igny8' ) ],
	[ 5, __( 'Fri', 'igny8' ) ],
	[ 6, __( 'Sat', 'igny8' ) ],
	[ 7, __( 'Sun', 'igny8' ) ],
];

export function DaysField( {
	id,
	timezone,
	days,
	error,
	onChange,
}: {
	id: string;
	timezone: string;
	/** ISO weekdays, 1 = Monday. */
	days: number[];
	error?: string;
	onChange: ( days: number[] ) => void;
} ) {
	return (
		<fieldset
			id={ id }
			className="igny8-days"
			aria-invalid={ error ? true : undefined }
		>
			<legend>
				{ sprintf(
					/* translators: %s: timezone */
					__( 'Days and time (%s)', 'igny8' ),
					timezone
				) }
			</legend>
			{ DAYS.map( ( [ day, label ] ) => (
				<CheckboxControl
					key={ day }
					__nextHasNoMarginBottom
					label={ label }
					checked={ days.includes( day ) }
					onChange={ ( on ) =>
						onChange(
							on
								? [ ...days, day ].sort()
								: days.filter( ( d ) => d !== day )
						)
					}
				/>
			) ) }
			{ error && <p className="igny8-field-error">{ error }</p> }
		</fieldset>
	);
}
