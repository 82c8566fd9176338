/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import { useMemo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Strategy } from './store/types';
import { useCollection } from './use-collection';

const ALL = { per_page: 100, orderby: 'name', order: 'asc' };

/**
 * The writing strategy picker of the task form, automation rules and the
 * Writer's generate flow: "0" is the default strategy (named, so the editor
 * sees which one), then every strategy by name.
 */
export function StrategySelect( {
	control,
	help,
	defaultLabel,
}: {
	control: Omit<
		React.ComponentProps< typeof SelectControl >,
		'label' | 'options' | 'multiple'
	> & { value: string; onChange: ( value: string ) => void };
	help?: string;
	/** The "0" choice, e.g. "Each task’s own strategy"; else "Default strategy (name)". */
	defaultLabel?: string;
} ) {
	const { items } = useCollection< Strategy >( 'strategies', ALL );
	const options = useMemo( () => {
		const fallback = items.find( ( strategy ) => strategy.is_default );
		const zero =
			defaultLabel ??
			( fallback
				? sprintf(
						/* translators: %s: name of the default strategy */
						__( 'Default strategy (%s)', 'igny8' ),
						fallback.name
					)
				: __( 'Default strategy', 'igny8' ) );
		return [
			{ value: '0', label: zero },
			...items.map( ( strategy ) => ( {
				value: String( strategy.id ),
				label: strategy.name,
			} ) ),
		];
	}, [ items, defaultLabel ] );
	return (
		<SelectControl
			{ ...control }
			label={ __( 'Writing strategy', 'igny8' ) }
			help={ help }
			options={ options }
		/>
	);
}
