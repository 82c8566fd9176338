/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { MAPPED_FIELDS, type ImportMapping } from './types';

const fieldLabel = ( field: keyof ImportMapping ): string =>
	( {
		keyword: __( 'Keyword (required)', 'igny8' ),
		search_volume: __( 'Search volume', 'igny8' ),
		difficulty: __( 'Difficulty', 'igny8' ),
		intent: __( 'Intent', 'igny8' ),
	} )[ field ];

/** One select per keyword field: which file column holds it. */
export function MappingFields( {
	columns,
	mapping,
	onChange,
}: {
	columns: string[];
	mapping: ImportMapping;
	onChange: ( mapping: ImportMapping ) => void;
} ) {
	const options = columns.map( ( name, index ) => ( {
		value: String( index ),
		label: sprintf(
			/* translators: 1: column number, 2: column header */
			__( 'Column %1$d: %2$s', 'igny8' ),
			index + 1,
			name || __( '(no header)', 'igny8' )
		),
	} ) );
	return (
		<div className="igny8-import__mapping">
			{ MAPPED_FIELDS.map( ( field ) => (
				<SelectControl
					key={ field }
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ fieldLabel( field ) }
					value={
						mapping[ field ] === null
							? ''
							: String( mapping[ field ] )
					}
					options={ [
						{
							value: '',
							label:
								field === 'keyword'
									? __( '— choose a column —', 'igny8' )
									: __( '— not in the file —', 'igny8' ),
						},
						...options,
					] }
					onChange={ ( value ) =>
						onChange( {
							...mapping,
							[ field ]: value === '' ? null : Number( value ),
						} )
					}
				/>
			) ) }
		</div>
	);
}
