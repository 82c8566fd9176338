/**
 * WordPress dependencies
 */
import { Notice, SelectControl, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fetchModels } from '../api';
import { functionLabel } from '../../credits/labels';
import { errorToNotice } from '../../shared/errors';
import type { ModelCatalog } from '../types';

type Models = Partial< Record< string, string > >;

/**
 * One select per AI action with the models the cloud offers it (the cloud refuses any other, so
 * nothing else can be typed). A saved model the cloud stopped offering stays visible, marked.
 */
export function ModelChoices( {
	models,
	onChange,
}: {
	models: Models;
	onChange: ( models: Models ) => void;
} ) {
	const [ catalog, setCatalog ] = useState< ModelCatalog | null >( null );
	const [ error, setError ] = useState< string | null >( null );

	useEffect( () => {
		fetchModels()
			.then( setCatalog )
			.catch( ( failure ) =>
				setError( errorToNotice( failure ).message )
			);
	}, [] );

	const unavailable =
		error ??
		( catalog?.stale && Object.keys( catalog.functions ).length === 0
			? catalog.stale
			: null );
	if ( unavailable ) {
		return (
			<Notice status="warning" isDismissible={ false }>
				{ sprintf(
					/* translators: %s: why the list could not be loaded. */
					__(
						'The models the IGNY8 cloud offers could not be loaded: %s Connect the site on the Connection tab to choose models; the cloud picks them meanwhile.',
						'igny8'
					),
					unavailable
				) }
			</Notice>
		);
	}
	if ( ! catalog ) {
		return <Spinner />;
	}
	return (
		<>
			{ catalog.stale && (
				<Notice status="warning" isDismissible={ false }>
					{ sprintf(
						/* translators: %s: why the cloud could not be asked. */
						__(
							'These are the models the cloud offered last time; it could not be asked now (%s).',
							'igny8'
						),
						catalog.stale
					) }
				</Notice>
			) }
			{ Object.entries( catalog.functions ).map( ( [ name, offer ] ) => {
				const chosen = models[ name ] ?? '';
				const withdrawn =
					chosen !== '' && ! offer.allowed.includes( chosen );
				return (
					<SelectControl
						key={ name }
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ functionLabel( name ) }
						value={ chosen }
						help={
							withdrawn
								? __(
										'The cloud no longer offers this model: jobs of this kind are refused until you choose another.',
										'igny8'
									)
								: undefined
						}
						options={ [
							{
								value: '',
								label: sprintf(
									/* translators: %s: model name. */
									__( 'Cloud default (%s)', 'igny8' ),
									offer.default
								),
							},
							...offer.allowed.map( ( model ) => ( {
								value: model,
								label: model,
							} ) ),
							...( withdrawn
								? [
										{
											value: chosen,
											label: sprintf(
												/* translators: %s: model name. */
												__(
													'%s (no longer offered)',
													'igny8'
												),
												chosen
											),
										},
									]
								: [] ),
						] }
						onChange={ ( model ) =>
							onChange( { ...models, [ name ]: model } )
						}
					/>
				);
			} ) }
		</>
	);
}
