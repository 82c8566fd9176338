/**
 * The meta title and description an optimisation suggested, beside the post's own, with Apply
 * (and Undo in the snackbar that follows).
 *
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useScreenNotices } from '../../shared/screen-notices';
import { applyMeta, undoChange } from '../api';
import type { SeoMeta } from '../types';

const SEO_PLUGIN_NAMES: Record< string, string > = {
	yoast: 'Yoast SEO',
	rank_math: 'Rank Math',
};

interface Props {
	postId: number;
	suggested: SeoMeta;
	current: SeoMeta;
	seoPlugin: string;
}

export function SuggestedMeta( {
	postId,
	suggested,
	current,
	seoPlugin,
}: Props ) {
	const notices = useScreenNotices();
	const [ shown, setShown ] = useState< SeoMeta >( current );
	const [ busy, setBusy ] = useState( false );
	// The change just applied, so it can be undone here (the dialog hides the screen's snackbars
	// from assistive technology while it is open).
	const [ last, setLast ] = useState< {
		id: string;
		before: SeoMeta;
	} | null >( null );
	const applied =
		shown.meta_title === suggested.meta_title &&
		shown.meta_description === suggested.meta_description;
	const pluginName = SEO_PLUGIN_NAMES[ seoPlugin ];

	const undo = async ( entryId: string, before: SeoMeta ) => {
		setBusy( true );
		try {
			await undoChange( postId, entryId );
			setShown( before );
			setLast( null );
			notices.snackbar(
				__(
					'The earlier meta title and description are back.',
					'igny8'
				)
			);
		} catch ( error ) {
			notices.showError( error );
		} finally {
			setBusy( false );
		}
	};

	const apply = async () => {
		setBusy( true );
		const before = shown;
		try {
			const answer = await applyMeta( postId );
			setShown( {
				meta_title: answer.meta_title,
				meta_description: answer.meta_description,
			} );
			setLast( { id: answer.entry.id, before } );
			notices.snackbar(
				pluginName
					? sprintf(
							/* translators: %s: SEO plugin name */
							__(
								'Meta title and description applied, in %s too.',
								'igny8'
							),
							pluginName
						)
					: __( 'Meta title and description applied.', 'igny8' ),
				[
					{
						label: __( 'Undo', 'igny8' ),
						onClick: () => undo( answer.entry.id, before ),
					},
				]
			);
		} catch ( error ) {
			notices.showError( error );
		} finally {
			setBusy( false );
		}
	};

	const row = ( label: string, now: string, next: string ) => (
		<>
			<dt>{ label }</dt>
			<dd>
				<span className="igny8-meta-now">
					{ now || __( '(empty)', 'igny8' ) }
				</span>
				{ ' → ' }
				<strong>{ next || __( '(unchanged)', 'igny8' ) }</strong>
			</dd>
		</>
	);

	return (
		<section aria-labelledby="igny8-suggested-meta">
			<h2 id="igny8-suggested-meta">
				{ __( 'Suggested meta title and description', 'igny8' ) }
			</h2>
			<dl className="igny8-suggested-meta">
				{ row(
					__( 'Meta title', 'igny8' ),
					shown.meta_title,
					suggested.meta_title
				) }
				{ row(
					__( 'Meta description', 'igny8' ),
					shown.meta_description,
					suggested.meta_description
				) }
			</dl>
			<div className="igny8-toolbar">
				<Button
					variant="secondary"
					isBusy={ busy && ! last }
					disabled={ busy || applied }
					accessibleWhenDisabled
					onClick={ apply }
				>
					{ applied
						? __( 'Applied', 'igny8' )
						: __( 'Apply meta title and description', 'igny8' ) }
				</Button>
				{ last && (
					<Button
						variant="tertiary"
						isBusy={ busy }
						disabled={ busy }
						accessibleWhenDisabled
						onClick={ () => undo( last.id, last.before ) }
					>
						{ __( 'Undo', 'igny8' ) }
					</Button>
				) }
			</div>
		</section>
	);
}
