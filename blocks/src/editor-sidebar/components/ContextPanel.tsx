/**
 * WordPress dependencies
 */
import {
	ExternalLink,
	Notice,
	PanelBody,
	TextControl,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { MAX_TARGET_WORDS, parseTargetWords } from '../lib/target-words';
import type { PostContext } from '../lib/types';

interface Props {
	context: PostContext | null;
	error: string | null;
	keyword: string;
	onKeyword: ( value: string ) => void;
	/** The post's own target length; 0 for the plan's default. */
	targetWords: number;
	onTargetWords: ( value: number ) => void;
}

/** Task, cluster, keywords, idea and credits; the target keyword and length are editable here. */
export function ContextPanel( {
	context,
	error,
	keyword,
	onKeyword,
	targetWords,
	onTargetWords,
}: Props ) {
	const planDefault = context?.target_words ?? null;
	return (
		<PanelBody title={ __( 'IGNY8 context', 'igny8' ) } initialOpen>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Target keyword', 'igny8' ) }
				help={ __(
					'The score checks the post against this keyword.',
					'igny8'
				) }
				value={ keyword }
				placeholder={ context?.target_keyword ?? '' }
				onChange={ onKeyword }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="number"
				min={ 0 }
				max={ MAX_TARGET_WORDS }
				label={ __( 'Target length (words)', 'igny8' ) }
				help={
					planDefault
						? sprintf(
								/* translators: %d: words */
								__(
									'Both scores use it. Empty: the plan’s %d words.',
									'igny8'
								),
								planDefault
							)
						: __(
								'Both scores use it. Empty: no target, only a minimum length.',
								'igny8'
							)
				}
				value={ targetWords > 0 ? String( targetWords ) : '' }
				placeholder={ planDefault ? String( planDefault ) : '' }
				onChange={ ( value ) =>
					onTargetWords( parseTargetWords( value ) )
				}
			/>
			{ context && (
				<dl className="igny8-sidebar__details">
					<dt>{ __( 'Writer task', 'igny8' ) }</dt>
					<dd>
						{ context.task
							? `#${ context.task.id } ${ context.task.title }`
							: __( 'None', 'igny8' ) }
					</dd>
					<dt>{ __( 'Cluster', 'igny8' ) }</dt>
					<dd>{ context.cluster?.name ?? __( 'None', 'igny8' ) }</dd>
					<dt>{ __( 'Keywords', 'igny8' ) }</dt>
					<dd>
						{ context.keywords.length
							? context.keywords.join( ', ' )
							: __( 'None', 'igny8' ) }
					</dd>
					<dt>{ __( 'Idea', 'igny8' ) }</dt>
					<dd>{ context.idea?.title ?? __( 'None', 'igny8' ) }</dd>
					<dt>{ __( 'Credits left', 'igny8' ) }</dt>
					<dd data-testid="igny8-credits">
						{ context.credits ?? __( 'Unknown', 'igny8' ) }
					</dd>
				</dl>
			) }
			{ context && ! context.connected && (
				<Notice status="warning" isDismissible={ false }>
					{ __(
						'This site is not connected to IGNY8, so the AI actions are unavailable. Connect it in IGNY8 → Settings.',
						'igny8'
					) }
				</Notice>
			) }
			<p>
				<ExternalLink href="admin.php?page=igny8-writer">
					{ __( 'Open the IGNY8 Writer', 'igny8' ) }
				</ExternalLink>
			</p>
		</PanelBody>
	);
}
