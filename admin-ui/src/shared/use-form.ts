/**
 * The state of a modal form whose fields are checked on the client and on the
 * server with the same rules: values as typed (kept on any error), a message
 * per field, and the focus moved to the first field in error.
 *
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';

export function useForm< F extends string >(
	initial: Record< F, string >,
	order: readonly F[],
	idPrefix: string
) {
	const [ values, setValues ] = useState< Record< F, string > >( initial );
	const [ errors, setErrors ] = useState< Partial< Record< F, string > > >(
		{}
	);
	const fieldId = ( field: F ) => `${ idPrefix }-${ field }`;

	const set = ( field: F ) => ( value: string ) => {
		setValues( ( current ) => ( { ...current, [ field ]: value } ) );
		// The message of a field goes once the field is changed.
		setErrors( ( current ) => ( { ...current, [ field ]: undefined } ) );
	};

	/** Shows the messages and moves the focus to the first field that has one (keyboard and screen reader users land on it). */
	const showErrors = ( next: Partial< Record< F, string > > ) => {
		setErrors( next );
		const first = order.find( ( field ) => next[ field ] );
		if ( first ) {
			window.requestAnimationFrame( () =>
				document
					.querySelector< HTMLElement >(
						`[data-igny8-field="${ fieldId( first ) }"]`
					)
					?.focus()
			);
		}
	};

	/** The props every control of the form shares. */
	const control = ( field: F ) => ( {
		__next40pxDefaultSize: true,
		__nextHasNoMarginBottom: true,
		id: fieldId( field ),
		'data-igny8-field': fieldId( field ),
		value: values[ field ],
		onChange: set( field ),
		className: errors[ field ] ? 'igny8-field is-invalid' : 'igny8-field',
		'aria-invalid': errors[ field ] ? true : undefined,
	} );

	/**
	 * The same for a TextareaControl: no size variants, and no `id` (it would replace the one
	 * its label points at).
	 */
	const textarea = ( field: F ) => {
		const {
			__next40pxDefaultSize: _size,
			id: _id,
			...props
		} = control( field );
		return props;
	};

	return { values, errors, showErrors, control, textarea };
}
