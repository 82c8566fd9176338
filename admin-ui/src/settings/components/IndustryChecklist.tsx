/**
 * WordPress dependencies
 */
import { CheckboxControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	isPresent,
	toggle,
	type ExistingSector,
	type Industry,
	type IndustryChoice,
} from '../industry';

/**
 * Two lists of checkboxes: the site's sectors (unchecking one marks it for
 * deletion, confirmed later) and the industry's suggestions (with their seed
 * keywords as help).
 */
export function IndustryChecklist( {
	industry,
	existing,
	choice,
	onChange,
}: {
	industry: Industry;
	existing: ExistingSector[];
	choice: IndustryChoice;
	onChange: ( next: IndustryChoice ) => void;
} ) {
	const kept = existing.filter(
		( sector ) => ! choice.remove.includes( sector.id )
	);
	return (
		<div className="igny8-industry-lists">
			{ existing.length > 0 && (
				<fieldset>
					<legend>{ __( 'Keep your sectors', 'igny8' ) }</legend>
					{ existing.map( ( sector ) => (
						<CheckboxControl
							key={ sector.id }
							__nextHasNoMarginBottom
							label={ sector.name }
							checked={ ! choice.remove.includes( sector.id ) }
							help={
								choice.remove.includes( sector.id )
									? __(
											'Will be deleted when you apply (you confirm first, and can undo).',
											'igny8'
										)
									: undefined
							}
							onChange={ () =>
								onChange( toggle( choice, { id: sector.id } ) )
							}
						/>
					) ) }
				</fieldset>
			) }
			<fieldset>
				<legend>
					{ sprintf(
						/* translators: %s: industry name */
						__( 'Suggested sectors for %s', 'igny8' ),
						industry.name
					) }
				</legend>
				{ industry.sectors.map( ( sector ) => {
					const present = isPresent( sector, kept );
					return (
						<CheckboxControl
							key={ sector.slug }
							__nextHasNoMarginBottom
							label={
								present
									? sprintf(
											/* translators: %s: sector name */
											__(
												'%s (already a sector)',
												'igny8'
											),
											sector.name
										)
									: sector.name
							}
							checked={
								present || choice.add.includes( sector.slug )
							}
							disabled={ present }
							help={
								sector.keywords.length
									? sprintf(
											/* translators: %s: comma-separated keywords */
											__( 'Seed keywords: %s', 'igny8' ),
											sector.keywords.join( ', ' )
										)
									: undefined
							}
							onChange={ () =>
								onChange(
									toggle( choice, { slug: sector.slug } )
								)
							}
						/>
					);
				} ) }
			</fieldset>
		</div>
	);
}
