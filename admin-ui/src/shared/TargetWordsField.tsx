/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ARTICLE_WORDS } from './target-words';

/**
 * The target length field of the task and cluster forms: a number in the job
 * contract's range, its error in place of the help while there is one.
 */
export function TargetWordsField( {
	control,
	error,
	help,
}: {
	control: Omit< React.ComponentProps< typeof TextControl >, 'label' >;
	error?: string;
	help: string;
} ) {
	return (
		<TextControl
			{ ...control }
			type="number"
			min={ ARTICLE_WORDS.min }
			max={ ARTICLE_WORDS.max }
			label={ __( 'Target length (words)', 'igny8' ) }
			help={ error ?? help }
		/>
	);
}
