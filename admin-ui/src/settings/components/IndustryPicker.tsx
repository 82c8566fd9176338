/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	__experimentalConfirmDialog as ConfirmDialog,
	SelectControl,
	Spinner,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import {
	ScreenNoticeView,
	ScreenNotices,
	useScreenNotices,
} from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { ScreenNotice } from '../../shared/types';
import {
	initialChoice,
	planChoice,
	SECTOR_LIMIT,
	type ExistingSector,
	type Industry,
	type IndustryChoice,
} from '../industry';
import {
	applyIndustry,
	fetchIndustries,
	fetchSiteIndustry,
} from '../industry-api';
import { useIndustryAnnouncement } from '../use-industry-announcement';
import { IndustryChecklist } from './IndustryChecklist';

const NOTICES = 'igny8/settings-industry';

/**
 * The site's industry: picking one pre-fills its suggested sectors (1 to 5,
 * each can be unchecked), existing sectors are kept unless unchecked and the
 * deletion confirmed, and the seed keywords can be added to the Planner.
 */
export function IndustryPicker( { sectors }: { sectors: ExistingSector[] } ) {
	const [ industries, setIndustries ] = useState< Industry[] | null >( null );
	const [ saved, setSaved ] = useState< string | null >( null );
	const [ picked, setPicked ] = useState( '' );
	const [ choice, setChoice ] = useState< IndustryChoice >( {
		add: [],
		remove: [],
	} );
	const [ seedKeywords, setSeedKeywords ] = useState( true );
	const [ confirming, setConfirming ] = useState( false );
	// The saved industry's suggestions open on request; a newly picked one shows them at once.
	const [ expanded, setExpanded ] = useState( false );
	const [ saving, setSaving ] = useState( false );
	const [ loadError, setLoadError ] = useState< ScreenNotice | null >( null );
	const section = useScreenNotices( NOTICES );
	const { invalidateCollection } = useDispatch( store );
	const announce = useIndustryAnnouncement( ( previous ) => {
		setSaved( previous );
		setPicked( previous ?? '' );
	} );

	const load = useCallback( async () => {
		setLoadError( null );
		try {
			const [ list, current ] = await Promise.all( [
				fetchIndustries(),
				fetchSiteIndustry(),
			] );
			setIndustries( list );
			setSaved( current );
			setPicked( current ?? '' );
		} catch ( failure ) {
			setLoadError( {
				...errorToNotice( failure ),
				nextStep: __(
					'The industry list could not be loaded. Reload the page to try again; your sectors below still work.',
					'igny8'
				),
			} );
		}
	}, [] );
	useEffect( () => {
		load();
	}, [ load ] );

	const industry = useMemo(
		() => industries?.find( ( item ) => item.slug === picked ) ?? null,
		[ industries, picked ]
	);
	const plan = industry ? planChoice( industry, sectors, choice ) : null;
	const open = expanded || picked !== ( saved ?? '' );
	const removed = sectors.filter( ( sector ) =>
		plan?.remove.includes( sector.id )
	);

	const pick = ( slug: string ) => {
		setPicked( slug );
		setExpanded( false );
		const next = industries?.find( ( item ) => item.slug === slug );
		setChoice(
			next ? initialChoice( next, sectors ) : { add: [], remove: [] }
		);
	};

	const apply = async () => {
		setConfirming( false );
		if ( ! plan && picked !== '' ) {
			return;
		}
		setSaving( true );
		section.remove( NOTICES );
		try {
			const result = await applyIndustry( {
				industry: picked,
				add: plan?.add ?? [],
				remove: plan?.remove ?? [],
				confirm_remove: ( plan?.remove.length ?? 0 ) > 0,
				seed_keywords: seedKeywords,
			} );
			setSaved( result.industry );
			setChoice( { add: [], remove: [] } );
			setExpanded( false );
			invalidateCollection( 'sectors' );
			if ( result.keywords_added > 0 ) {
				invalidateCollection( 'keywords' );
			}
			announce( result, saved );
		} catch ( failure ) {
			section.show( errorToNotice( failure ), NOTICES );
		} finally {
			setSaving( false );
		}
	};

	if ( null === industries ) {
		return loadError ? (
			<ScreenNoticeView notice={ loadError } />
		) : (
			<Spinner />
		);
	}
	const changed =
		picked !== ( saved ?? '' ) ||
		( plan?.add.length ?? 0 ) > 0 ||
		( plan?.remove.length ?? 0 ) > 0;

	return (
		<div className="igny8-industry">
			<ScreenNotices context={ NOTICES } />
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Industry', 'igny8' ) }
				help={ __(
					'Optional. Choosing one suggests sectors for it; you choose which to add.',
					'igny8'
				) }
				value={ picked }
				options={ [
					{ value: '', label: __( '— No industry —', 'igny8' ) },
					...industries.map( ( item ) => ( {
						value: item.slug,
						label: item.name,
					} ) ),
				] }
				onChange={ pick }
			/>
			{ industry && ! open && (
				<div className="igny8-actions">
					<Button
						__next40pxDefaultSize
						variant="secondary"
						onClick={ () => {
							setChoice( initialChoice( industry, sectors ) );
							setExpanded( true );
						} }
					>
						{ __( 'Choose from its suggested sectors', 'igny8' ) }
					</Button>
				</div>
			) }
			{ industry && plan && open && (
				<>
					<IndustryChecklist
						industry={ industry }
						existing={ sectors }
						choice={ choice }
						onChange={ setChoice }
					/>
					<CheckboxControl
						__nextHasNoMarginBottom
						label={ __(
							'Also add their seed keywords to the Planner',
							'igny8'
						) }
						checked={ seedKeywords }
						onChange={ setSeedKeywords }
					/>
					<p
						className={
							plan.valid
								? 'igny8-help'
								: 'igny8-help igny8-industry__invalid'
						}
						aria-live="polite"
					>
						{ plan.valid
							? sprintf(
									/* translators: 1: number of sectors, 2: the limit */
									__(
										'The site will have %1$d of at most %2$d sectors.',
										'igny8'
									),
									plan.total,
									SECTOR_LIMIT
								)
							: sprintf(
									/* translators: 1: number of sectors, 2: the limit */
									__(
										'This would leave %1$d sectors; a site has 1 to %2$d. Uncheck suggestions, or uncheck sectors to delete.',
										'igny8'
									),
									plan.total,
									SECTOR_LIMIT
								) }
					</p>
				</>
			) }
			<div className="igny8-actions">
				<Button
					__next40pxDefaultSize
					variant="primary"
					isBusy={ saving }
					disabled={
						saving || ! changed || ( plan !== null && ! plan.valid )
					}
					accessibleWhenDisabled
					onClick={ () =>
						removed.length ? setConfirming( true ) : apply()
					}
				>
					{ __( 'Apply industry', 'igny8' ) }
				</Button>
			</div>
			<ConfirmDialog
				isOpen={ confirming }
				onConfirm={ apply }
				onCancel={ () => setConfirming( false ) }
				confirmButtonText={ __( 'Delete and apply', 'igny8' ) }
			>
				{ sprintf(
					/* translators: %s: sector names */
					__(
						'Delete these sectors: %s? Their keywords stay in the Planner. You can undo this right after.',
						'igny8'
					),
					removed.map( ( sector ) => sector.name ).join( ', ' )
				) }
			</ConfirmDialog>
		</div>
	);
}
