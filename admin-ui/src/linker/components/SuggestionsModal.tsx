/**
 * Suggestions for one post: pick, preview in context, apply (the post before is kept as a revision).
 *
 * WordPress dependencies
 */
import { Button, CheckboxControl, Modal, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useScreenNotices } from '../../shared/screen-notices';
import { apply, getSuggestions, preview, revert } from '../api';
import type { PreviewLink, Suggestion } from '../types';

interface Props {
	postId: number;
	title: string;
	onClose: () => void;
	onApplied: () => void;
}

/** "…text [anchor] text…" with the anchor marked. */
function Context( { text }: { text: string } ) {
	const match = /^(.*)\[(.*)\](.*)$/s.exec( text );
	if ( ! match ) {
		return <>{ text }</>;
	}
	return (
		<span className="igny8-context">
			…{ match[ 1 ] }
			<mark>{ match[ 2 ] }</mark>
			{ match[ 3 ] }…
		</span>
	);
}

export function SuggestionsModal( {
	postId,
	title,
	onClose,
	onApplied,
}: Props ) {
	const notices = useScreenNotices();
	const [ suggestions, setSuggestions ] = useState< Suggestion[] | null >(
		null
	);
	const [ chosen, setChosen ] = useState< Set< number > >( new Set() );
	const [ previewed, setPreviewed ] = useState< PreviewLink[] | null >(
		null
	);
	const [ busy, setBusy ] = useState( false );

	useEffect( () => {
		getSuggestions( postId )
			.then( ( list ) => {
				setSuggestions( list );
				setChosen( new Set( list.map( ( s ) => s.target_post_id ) ) );
			} )
			.catch( ( error ) => {
				notices.showError( error );
				onClose();
			} );
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ postId ] );

	const links = ( suggestions ?? [] )
		.filter( ( s ) => chosen.has( s.target_post_id ) )
		.map( ( s ) => ( {
			target_post_id: s.target_post_id,
			anchor: s.anchor,
		} ) );

	const run = async ( step: () => Promise< void > ) => {
		setBusy( true );
		try {
			await step();
		} catch ( error ) {
			notices.showError( error );
		} finally {
			setBusy( false );
		}
	};

	const doPreview = () =>
		run( async () =>
			setPreviewed( ( await preview( postId, links ) ).links )
		);

	const doApply = () =>
		run( async () => {
			const result = await apply( postId, links );
			notices.snackbar(
				sprintf(
					/* translators: 1: number of links, 2: post title */
					_n(
						'Added %1$d link to “%2$s”.',
						'Added %1$d links to “%2$s”.',
						result.applied,
						'igny8'
					),
					result.applied,
					title
				),
				[
					{
						label: __( 'Revert', 'igny8' ),
						onClick: () => {
							revert( postId )
								.then( () => {
									notices.snackbar(
										__(
											'The links were removed; the post is as it was.',
											'igny8'
										)
									);
									onApplied();
								} )
								.catch( ( error ) =>
									notices.showError( error )
								);
						},
					},
				]
			);
			onApplied();
			onClose();
		} );

	return (
		<Modal
			className="igny8-linker-modal"
			title={ sprintf(
				/* translators: %s: post title */
				__( 'Links to add to “%s”', 'igny8' ),
				title
			) }
			onRequestClose={ onClose }
			size="medium"
		>
			{ null === suggestions && <Spinner /> }
			{ suggestions && suggestions.length === 0 && (
				<p>
					{ __(
						'No suggestions: no other post’s keyword or title appears in this post’s text outside links and headings.',
						'igny8'
					) }
				</p>
			) }
			{ suggestions && suggestions.length > 0 && null === previewed && (
				<ul className="igny8-suggestions">
					{ suggestions.map( ( s ) => (
						<li key={ s.target_post_id }>
							<CheckboxControl
								__nextHasNoMarginBottom
								checked={ chosen.has( s.target_post_id ) }
								onChange={ ( on ) => {
									const next = new Set( chosen );
									if ( on ) {
										next.add( s.target_post_id );
									} else {
										next.delete( s.target_post_id );
									}
									setChosen( next );
								} }
								label={ sprintf(
									/* translators: 1: anchor text, 2: target post title, 3: reason */
									__( '“%1$s” → %2$s (%3$s)', 'igny8' ),
									s.anchor,
									s.title,
									'cluster' === s.reason
										? __( 'same cluster', 'igny8' )
										: __( 'shared keywords', 'igny8' )
								) }
							/>
						</li>
					) ) }
				</ul>
			) }
			{ previewed && (
				<>
					<h2>{ __( 'Preview', 'igny8' ) }</h2>
					<ul className="igny8-preview">
						{ previewed.map( ( p ) => (
							<li key={ p.target_post_id }>
								{ p.found ? (
									<Context text={ p.context } />
								) : (
									sprintf(
										/* translators: %s: anchor */
										__(
											'“%s” is no longer in the text; this link will be skipped.',
											'igny8'
										),
										p.anchor
									)
								) }
							</li>
						) ) }
					</ul>
					<p>
						{ __(
							'The post is saved as a revision first, so you can revert in one click.',
							'igny8'
						) }
					</p>
				</>
			) }
			<div className="igny8-toolbar">
				{ previewed ? (
					<>
						<Button
							variant="tertiary"
							onClick={ () => setPreviewed( null ) }
							disabled={ busy }
						>
							{ __( 'Back', 'igny8' ) }
						</Button>
						<Button
							variant="primary"
							onClick={ doApply }
							isBusy={ busy }
							disabled={
								busy || ! previewed.some( ( p ) => p.found )
							}
						>
							{ __( 'Apply links', 'igny8' ) }
						</Button>
					</>
				) : (
					<Button
						variant="primary"
						onClick={ doPreview }
						isBusy={ busy }
						disabled={ busy || links.length === 0 }
					>
						{ __( 'Preview', 'igny8' ) }
					</Button>
				) }
			</div>
		</Modal>
	);
}
