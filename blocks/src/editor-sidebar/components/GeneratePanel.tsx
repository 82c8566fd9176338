/**
 * External dependencies
 */
import { useFollowJobs } from '@igny8/admin-ui/job-follower';

/**
 * WordPress dependencies
 */
import { createBlock, type BlockInstance } from '@wordpress/blocks';
import { PanelBody } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { itemsFromAnswer as faqItems } from '../../faq/items';
import {
	callCloud,
	fetchFeaturedMedia,
	recordChange,
	startFeaturedImage,
} from '../lib/api';
import { isLivePost } from '../lib/applied';
import {
	currentContent,
	fillOrInsert,
	otherBlockOfType,
	selectBlock,
} from '../lib/editor';
import { escapeHtml, htmlText } from '../lib/html';
import { EDITOR, type EditorActions } from '../lib/stores';
import type { CloudProvenance, Provenance } from '../lib/types';
import { ActionNotice, errorText, type ActionMessage } from './ActionNotice';
import { ConfirmLiveChange } from './ConfirmLiveChange';
import { PricedButton } from './PricedButton';

interface Props {
	postId: number;
	title: string;
	keyword: string;
	language: string;
	onCharged: ( provenance: CloudProvenance ) => void;
	onHistoryChanged: () => void;
	onPendingChanged: () => void;
}

/** A sidebar action that generates one block. */
interface BlockAction< T > {
	scope: 'faq' | 'takeaways';
	/** The block type it makes; a post that has one already is asked first. */
	name: string;
	fn: Provenance[ 'function' ];
	block: ( answer: T ) => BlockInstance;
	summary: ( answer: T ) => string;
	done: string;
}

/** FAQ and Key takeaways blocks and featured image generation. */
export function GeneratePanel( props: Props ) {
	const [ busy, setBusy ] = useState< 'faq' | 'takeaways' | 'image' | null >(
		null
	);
	const [ message, setMessage ] = useState< ActionMessage | null >( null );
	const [ imageJob, setImageJob ] = useState< string | null >( null );
	// A block action over a post that has that block already waits for Replace / Add another.
	const [ existing, setExisting ] = useState< {
		clientId: string;
		run: ( target: string | null ) => void;
	} | null >( null );
	const { editPost } = useDispatch( EDITOR ) as unknown as EditorActions;

	const imageDone = ( text: ActionMessage ) => {
		setMessage( text );
		setImageJob( null );
		setBusy( null );
	};

	// The image is on the post once its result is applied here (delivery or WP-Cron).
	useFollowJobs( imageJob ? [ imageJob ] : null, {
		onFinished: async ( [ job ] ) => {
			if ( job?.status !== 'completed' ) {
				imageDone( {
					status: 'error',
					text:
						job?.error ||
						__(
							'The image job failed; its credits were refunded. Try again.',
							'igny8'
						),
				} );
				return;
			}
			try {
				// A published post is not changed: the image waits as a pending change.
				if ( isLivePost() ) {
					props.onPendingChanged();
					imageDone( {
						status: 'info',
						text: __(
							'The image is ready. The post is published, so it waits under Pending changes until you accept it.',
							'igny8'
						),
					} );
					return;
				}
				const media = await fetchFeaturedMedia( props.postId );
				if ( media ) {
					editPost( { featured_media: media } );
					imageDone( {
						status: 'success',
						text: __( 'Featured image set.', 'igny8' ),
					} );
					return;
				}
				imageDone( {
					status: 'info',
					text: __(
						'The image is still being made. It appears as the featured image when ready.',
						'igny8'
					),
				} );
			} catch ( error ) {
				imageDone( { status: 'error', text: errorText( error ) } );
			}
		},
		onGiveUp: ( error ) =>
			imageDone( { status: 'error', text: errorText( error ) } ),
	} );

	/**
	 * One generated block: the Worker call with the post's text, the block filled or inserted
	 * (`target`: the block it replaces), the charge shown and the change recorded (with the
	 * content before it, for Undo).
	 */
	const runBlock = async < T, >(
		action: BlockAction< T >,
		target: string | null
	) => {
		setExisting( null );
		setBusy( action.scope );
		setMessage( null );
		try {
			const before = currentContent();
			const answer = await callCloud< T >( props.postId, action.scope, {
				title: props.title,
				keyword: props.keyword,
				text: htmlText( before ).slice( 0, 12000 ),
				count: 4,
				language: props.language,
			} );
			if ( target ) {
				selectBlock( target );
			}
			fillOrInsert( action.block( answer ) );
			props.onCharged( answer.provenance );
			await recordChange( props.postId, {
				function: action.fn,
				kind: 'content',
				model: answer.provenance.model,
				prompt_version: answer.provenance.prompt_version,
				credits: answer.provenance.credits_charged,
				job_id: answer.provenance.job_id,
				summary: action.summary( answer ),
				before_content: before,
				after_content: currentContent(),
			} );
			setMessage( { status: 'success', text: action.done } );
		} catch ( error ) {
			setMessage( { status: 'error', text: errorText( error ) } );
		} finally {
			setBusy( null );
		}
	};

	// A post that has the block already is asked first: a second run is charged again.
	const generateBlock = < T, >( action: BlockAction< T > ) => {
		const clientId = otherBlockOfType( action.name );
		if ( clientId ) {
			setExisting( {
				clientId,
				run: ( target ) => runBlock( action, target ),
			} );
			return;
		}
		runBlock( action, null );
	};

	const faq = () =>
		generateBlock< {
			items: Array< { question: string; answer: string } >;
		} >( {
			scope: 'faq',
			name: 'igny8/faq',
			fn: 'generate_faq',
			block: ( answer ) =>
				createBlock( 'igny8/faq', {
					heading: __( 'Frequently asked questions', 'igny8' ),
					items: faqItems( answer.items ),
				} ),
			summary: ( answer ) =>
				sprintf(
					/* translators: %d: number of questions */
					_n(
						'Inserted an FAQ with %d question',
						'Inserted an FAQ with %d questions',
						answer.items.length,
						'igny8'
					),
					answer.items.length
				),
			done: __(
				'FAQ block inserted. Review the answers before publishing.',
				'igny8'
			),
		} );

	const takeaways = () =>
		generateBlock< { items: string[] } >( {
			scope: 'takeaways',
			name: 'igny8/key-takeaways',
			fn: 'fill_takeaways',
			block: ( answer ) =>
				createBlock( 'igny8/key-takeaways', {
					heading: __( 'Key takeaways', 'igny8' ),
					items: answer.items.map( ( text ) => ( {
						text: escapeHtml( text ),
					} ) ),
				} ),
			summary: ( answer ) =>
				sprintf(
					/* translators: %d: number of takeaways */
					_n(
						'Filled key takeaways with %d point',
						'Filled key takeaways with %d points',
						answer.items.length,
						'igny8'
					),
					answer.items.length
				),
			done: __(
				'Key takeaways filled. Check each point against the article.',
				'igny8'
			),
		} );

	const image = async () => {
		setBusy( 'image' );
		setMessage( {
			status: 'info',
			text: __(
				'Generating the featured image… you can keep editing.',
				'igny8'
			),
		} );
		try {
			const { job_id: jobId } = await startFeaturedImage( props.postId );
			props.onHistoryChanged();
			setImageJob( jobId );
		} catch ( error ) {
			imageDone( { status: 'error', text: errorText( error ) } );
		}
	};

	return (
		<PanelBody title={ __( 'Generate', 'igny8' ) } initialOpen={ false }>
			<div className="igny8-sidebar__buttons">
				<PricedButton
					postId={ props.postId }
					scope="faq"
					label={ __( 'Generate an FAQ block', 'igny8' ) }
					onRun={ faq }
					isBusy={ busy === 'faq' }
					disabled={ busy !== null }
				/>
				<PricedButton
					postId={ props.postId }
					scope="takeaways"
					label={ __( 'Fill key takeaways', 'igny8' ) }
					onRun={ takeaways }
					isBusy={ busy === 'takeaways' }
					disabled={ busy !== null }
				/>
				<PricedButton
					postId={ props.postId }
					scope="featured_image"
					label={ __( 'Generate a featured image', 'igny8' ) }
					onRun={ image }
					isBusy={ busy === 'image' }
					disabled={ busy !== null }
				/>
			</div>
			<ActionNotice
				message={ message }
				onDismiss={ () => setMessage( null ) }
			/>
			{ existing && (
				<ConfirmLiveChange
					title={ __( 'The post has this block already', 'igny8' ) }
					text={ __(
						'Generating again is charged again. Replace the block the post has, or add a second one?',
						'igny8'
					) }
					confirmLabel={ __( 'Replace it', 'igny8' ) }
					onConfirm={ () => existing.run( existing.clientId ) }
					onCancel={ () => setExisting( null ) }
					secondaryLabel={ __( 'Add another', 'igny8' ) }
					onSecondary={ () => existing.run( null ) }
				/>
			) }
		</PanelBody>
	);
}
