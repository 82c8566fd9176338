/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';

/**
 * Internal dependencies
 */
import type { ScreenNotice } from './types';

/**
 * Renders one screen notice: message, next step and links.
 */
export function ScreenNoticeView( {
	notice,
	onRemove,
}: {
	notice: ScreenNotice;
	onRemove?: () => void;
} ) {
	return (
		<Notice
			className="igny8-notice"
			status={ notice.status }
			spokenMessage={ [ notice.message, notice.nextStep ]
				.filter( Boolean )
				.join( ' ' ) }
			isDismissible={ !! onRemove }
			onRemove={ onRemove }
			actions={ notice.actions?.map( ( action ) => ( {
				label: action.label,
				url: action.url,
			} ) ) }
		>
			<p className="igny8-notice__message">{ notice.message }</p>
			{ notice.nextStep && (
				<p className="igny8-notice__next-step">{ notice.nextStep }</p>
			) }
		</Notice>
	);
}
