/**
 * External dependencies
 */
import {
	DataViews,
	type Action,
	type Field,
	type View,
} from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { resetPageOnChange, viewToQuery } from '../../shared/dataviews-query';
import { errorToNotice } from '../../shared/errors';
import {
	JobProgressBar,
	foldProgress,
	useFollowJobs,
	type JobSnapshot,
} from '../../shared/job-flow';
import {
	ScreenNoticeView,
	useScreenNotices,
} from '../../shared/screen-notices';
import { store } from '../../shared/store';
import { useCollection } from '../../shared/use-collection';
import { editPostUrl, IMAGES_MAPPING } from '../query';
import type { ImageItem } from '../types';
import { RegenerateImageModal } from './RegenerateImageModal';

/** One notice slot for regenerations: a new outcome replaces the last one. */
const NOTICE_ID = 'igny8-regenerate-image';

const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	filters: [],
	sort: { field: 'date', direction: 'desc' },
	fields: [ 'thumbnail', 'alt', 'prompt', 'featured', 'post' ],
};

const FIELDS: Field< ImageItem >[] = [
	{
		id: 'thumbnail',
		label: __( 'Image', 'igny8' ),
		enableSorting: false,
		enableHiding: false,
		render: ( { item } ) => (
			<img
				className="igny8-thumb"
				src={ item.url }
				alt={ item.alt }
				width={ 64 }
				height={ 64 }
				loading="lazy"
			/>
		),
	},
	{
		id: 'alt',
		label: __( 'Alt text', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) =>
			item.alt ? (
				<>{ item.alt }</>
			) : (
				<em>
					{ __(
						'Missing: add alt text in the media library',
						'igny8'
					) }
				</em>
			),
	},
	{
		id: 'prompt',
		label: __( 'Prompt', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) =>
			item.prompt ? (
				<span className="igny8-image-prompt">{ item.prompt }</span>
			) : (
				<em>{ __( 'Not kept (an older image)', 'igny8' ) }</em>
			),
	},
	{
		id: 'featured',
		label: __( 'Featured', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => (
			<>
				{ item.is_featured
					? __( 'Featured image', 'igny8' )
					: __( 'In the content', 'igny8' ) }
			</>
		),
	},
	{
		id: 'post',
		label: __( 'Post', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) =>
			item.post_id ? (
				<a href={ editPostUrl( item.post_id ) }>
					{ __( 'Open post', 'igny8' ) }
				</a>
			) : (
				<>—</>
			),
	},
	{
		id: 'date',
		label: __( 'Date', 'igny8' ),
		enableHiding: false,
		getValue: ( { item } ) => item.id,
	},
];

/** What a finished regeneration tells the user. */
function outcomeNotice( job: JobSnapshot | undefined ) {
	if ( job?.status === 'completed' ) {
		return {
			status: 'success' as const,
			message: __(
				'The new image replaced the old one in its post.',
				'igny8'
			),
			nextStep: __(
				'The old image stays in the media library.',
				'igny8'
			),
		};
	}
	return {
		status: 'error' as const,
		message: sprintf(
			/* translators: %s: why the job failed. */
			__( 'The image could not be drawn again: %s', 'igny8' ),
			job?.error || __( 'The cloud gave no reason.', 'igny8' )
		),
		nextStep: __(
			'The credits reserved for it were refunded. Change the prompt if needed and select Regenerate again.',
			'igny8'
		),
	};
}

/**
 * Images IGNY8 generated into the media library, with their alt text and the prompt each was
 * drawn from; Regenerate draws one again (same or edited prompt) in its place.
 */
export function ImagesTab( { settingsUrl }: { settingsUrl?: string } ) {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ editing, setEditing ] = useState< ImageItem | null >( null );
	const [ jobId, setJobId ] = useState< string | null >( null );
	const [ jobs, setJobs ] = useState< JobSnapshot[] >( [] );
	const notices = useScreenNotices();
	const { invalidateCollection } = useDispatch( store );
	const { items, total, totalPages, isLoading, error } =
		useCollection< ImageItem >(
			'images',
			viewToQuery( view, IMAGES_MAPPING )
		);
	const isEmpty = ! isLoading && ! error && total === 0;

	useFollowJobs( jobId ? [ jobId ] : null, {
		onUpdate: setJobs,
		onFinished: ( [ finished ] ) => {
			setJobId( null );
			setJobs( [] );
			invalidateCollection();
			notices.set( NOTICE_ID, outcomeNotice( finished ) );
		},
		onGiveUp: ( lost ) => {
			setJobId( null );
			setJobs( [] );
			notices.set( NOTICE_ID, {
				...errorToNotice( lost, { settingsUrl } ),
				status: 'warning',
				nextStep: __(
					'The image is still being drawn in the cloud; reload this page in a minute to see it.',
					'igny8'
				),
			} );
		},
	} );

	const actions: Action< ImageItem >[] = [
		{
			id: 'regenerate',
			label: __( 'Regenerate', 'igny8' ),
			supportsBulk: false,
			isEligible: ( item ) => item.post_id > 0 && jobId === null,
			callback: ( [ item ] ) => item && setEditing( item ),
		},
	];
	return (
		<div className="igny8-table-card">
			<h2 className="igny8-card-title">{ __( 'Images', 'igny8' ) }</h2>
			{ jobId && (
				<JobProgressBar
					action="generate_images"
					title={ __( 'Regenerating an image', 'igny8' ) }
					progress={ foldProgress( jobs, 1 ) }
				/>
			) }
			{ editing && (
				<RegenerateImageModal
					item={ editing }
					onClose={ () => setEditing( null ) }
					onStarted={ ( started ) => {
						setEditing( null );
						notices.set( NOTICE_ID, null );
						setJobId( started );
					} }
				/>
			) }
			{ !! error && (
				<ScreenNoticeView
					notice={ {
						...errorToNotice( error, { settingsUrl } ),
						status: 'warning',
					} }
				/>
			) }
			{ isEmpty ? (
				<p className="igny8-help igny8-empty">
					{ __(
						'No images yet. Select written tasks on the Tasks tab and choose Generate images.',
						'igny8'
					) }
				</p>
			) : (
				<DataViews< ImageItem >
					data={ items }
					fields={ FIELDS }
					actions={ actions }
					view={ view }
					onChangeView={ ( next ) =>
						setView( resetPageOnChange( view, next ) )
					}
					search={ false }
					isLoading={ isLoading }
					paginationInfo={ { totalItems: total, totalPages } }
					defaultLayouts={ { table: {} } }
					getItemId={ ( item ) => String( item.id ) }
				/>
			) }
		</div>
	);
}
