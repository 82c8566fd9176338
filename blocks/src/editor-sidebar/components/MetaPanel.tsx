/**
 * WordPress dependencies
 */
import { PanelBody, TextareaControl, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { META_LENGTHS } from '../../score/meta-checks';
import { callCloud, recordChange } from '../lib/api';
import { htmlText } from '../lib/html';
import { currentContent } from '../lib/editor';
import type { CloudProvenance } from '../lib/types';
import { META } from '../hooks/use-post';
import { ActionNotice, errorText, type ActionMessage } from './ActionNotice';
import { PricedButton } from './PricedButton';

interface Props {
	postId: number;
	title: string;
	keyword: string;
	language: string;
	metaTitle: string;
	metaDescription: string;
	setMeta: ( values: Record< string, string > ) => void;
	onCharged: ( provenance: CloudProvenance ) => void;
}

/** "n / max characters", for the counters. */
function counter(
	value: string,
	bounds: { min: number; max: number }
): string {
	return sprintf(
		/* translators: 1: characters, 2: minimum, 3: maximum */
		_n(
			'%1$d character (aim for %2$d–%3$d)',
			'%1$d characters (aim for %2$d–%3$d)',
			[ ...value ].length,
			'igny8'
		),
		[ ...value ].length,
		bounds.min,
		bounds.max
	);
}

/** Meta title and description with counters, and their generation. */
export function MetaPanel( props: Props ) {
	const [ busy, setBusy ] = useState( false );
	const [ message, setMessage ] = useState< ActionMessage | null >( null );

	const generate = async () => {
		setBusy( true );
		setMessage( null );
		try {
			const answer = await callCloud< {
				meta_title: string;
				meta_description: string;
			} >( props.postId, 'meta', {
				title: props.title,
				keyword: props.keyword,
				text: htmlText( currentContent() ).slice( 0, 6000 ),
				language: props.language,
			} );
			const before = {
				[ META.metaTitle ]: props.metaTitle,
				[ META.metaDescription ]: props.metaDescription,
			};
			props.setMeta( {
				[ META.metaTitle ]: answer.meta_title,
				[ META.metaDescription ]: answer.meta_description,
			} );
			props.onCharged( answer.provenance );
			await recordChange( props.postId, {
				function: 'generate_meta',
				kind: 'meta',
				model: answer.provenance.model,
				prompt_version: answer.provenance.prompt_version,
				credits: answer.provenance.credits_charged,
				job_id: answer.provenance.job_id,
				summary: __(
					'Generated the meta title and description',
					'igny8'
				),
				before_meta: before,
			} );
			setMessage( {
				status: 'success',
				text: __(
					'Meta generated. Save the post to keep it.',
					'igny8'
				),
			} );
		} catch ( error ) {
			setMessage( { status: 'error', text: errorText( error ) } );
		} finally {
			setBusy( false );
		}
	};

	return (
		<PanelBody
			title={ __( 'Search appearance', 'igny8' ) }
			initialOpen={ false }
		>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Meta title', 'igny8' ) }
				value={ props.metaTitle }
				help={ counter( props.metaTitle, META_LENGTHS.title ) }
				onChange={ ( value: string ) =>
					props.setMeta( { [ META.metaTitle ]: value } )
				}
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Meta description', 'igny8' ) }
				value={ props.metaDescription }
				help={ counter(
					props.metaDescription,
					META_LENGTHS.description
				) }
				onChange={ ( value: string ) =>
					props.setMeta( { [ META.metaDescription ]: value } )
				}
			/>
			<PricedButton
				postId={ props.postId }
				scope="meta"
				label={ __( 'Generate meta title and description', 'igny8' ) }
				onRun={ generate }
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
