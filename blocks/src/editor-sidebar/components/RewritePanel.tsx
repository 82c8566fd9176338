/**
 * WordPress dependencies
 */
import { PanelBody, SelectControl } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { recordChange, streamRewrite } from '../lib/api';
import {
	currentContent,
	rewritableSelection,
	selectionText,
	streamingWriter,
} from '../lib/editor';
import { BLOCK_EDITOR, type BlockEditorSelectors } from '../lib/stores';
import type { CloudProvenance } from '../lib/types';
import { ActionNotice, errorText, type ActionMessage } from './ActionNotice';
import { PricedButton } from './PricedButton';

const MODES = [
	{ value: 'clearer', label: __( 'Clearer', 'igny8' ) },
	{ value: 'shorter', label: __( 'Shorter', 'igny8' ) },
	{ value: 'longer', label: __( 'Longer', 'igny8' ) },
	{ value: 'persuasive', label: __( 'More persuasive', 'igny8' ) },
];

interface Props {
	postId: number;
	language: string;
	onCharged: ( provenance: CloudProvenance ) => void;
}

/** Rewrites the selected blocks, streamed into the editor; one Ctrl+Z restores them. */
export function RewritePanel( { postId, language, onCharged }: Props ) {
	const [ mode, setMode ] = useState( 'clearer' );
	const [ busy, setBusy ] = useState( false );
	const [ message, setMessage ] = useState< ActionMessage | null >( null );
	// The price follows the selection's length; re-read whenever the selection or its text changes.
	const chars = useSelect( ( select ) => {
		(
			select( BLOCK_EDITOR ) as unknown as BlockEditorSelectors
		 ).getSelectedBlockClientIds();
		return selectionText( rewritableSelection() ).length;
	}, [] );

	const run = async () => {
		const blocks = rewritableSelection();
		if ( blocks.length === 0 ) {
			setMessage( {
				status: 'error',
				text: __(
					'Select one or more paragraphs or headings first, then rewrite.',
					'igny8'
				),
			} );
			return;
		}
		const before = currentContent();
		const writer = streamingWriter( blocks );
		setBusy( true );
		setMessage( { status: 'info', text: __( 'Rewriting…', 'igny8' ) } );
		try {
			const { text, provenance } = await streamRewrite(
				postId,
				{ text: selectionText( blocks ), mode, language },
				writer.write
			);
			writer.finish( text );
			onCharged( provenance );
			await recordChange( postId, {
				function: 'rewrite',
				kind: 'content',
				model: provenance.model,
				prompt_version: provenance.prompt_version,
				credits: provenance.credits_charged,
				job_id: provenance.job_id,
				summary: sprintf(
					/* translators: %s: rewrite mode */
					__( 'Rewrote the selection (%s)', 'igny8' ),
					mode
				),
				before_content: before,
				after_content: currentContent(),
			} );
			setMessage( {
				status: 'success',
				text: sprintf(
					/* translators: %d: credits */
					_n(
						'Rewritten for %d credit. Press Ctrl+Z (Cmd+Z) to undo.',
						'Rewritten for %d credits. Press Ctrl+Z (Cmd+Z) to undo.',
						provenance.credits_charged,
						'igny8'
					),
					provenance.credits_charged
				),
			} );
		} catch ( error ) {
			setMessage( {
				status: 'error',
				text: writer.started()
					? sprintf(
							/* translators: %s: error */
							__(
								'%s The partial text can be undone with Ctrl+Z.',
								'igny8'
							),
							errorText( error )
						)
					: errorText( error ),
			} );
		} finally {
			setBusy( false );
		}
	};

	return (
		<PanelBody title={ __( 'Rewrite', 'igny8' ) } initialOpen>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Rewrite the selected blocks to be', 'igny8' ) }
				value={ mode }
				options={ MODES }
				onChange={ ( value: string ) => setMode( value ) }
			/>
			<PricedButton
				postId={ postId }
				scope="rewrite"
				chars={ chars }
				variant="primary"
				className="igny8-rewrite-button"
				label={ __( 'Rewrite selection', 'igny8' ) }
				onRun={ run }
				isBusy={ busy }
				disabled={ busy }
			/>
			<ActionNotice
				message={ message }
				onDismiss={ () => setMessage( null ) }
			/>
		</PanelBody>
	);
}
