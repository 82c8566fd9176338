/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { sectorsSettingsUrl } from '../sectors';

/**
 * The line shown where a sector is chosen while the site has none: where sectors come from.
 */
export function NoSectorsHelp( {
	settingsUrl,
}: {
	settingsUrl: string | null;
} ) {
	const url = sectorsSettingsUrl( settingsUrl );
	return (
		<p className="igny8-help igny8-no-sectors">
			{ __(
				'This site has no sectors yet: every keyword is in “No sector”.',
				'igny8'
			) }{ ' ' }
			{ url ? (
				<a href={ url }>
					{ __( 'Add sectors in Settings → Sectors.', 'igny8' ) }
				</a>
			) : (
				__(
					'An administrator adds them in Settings → Sectors.',
					'igny8'
				)
			) }
		</p>
	);
}
