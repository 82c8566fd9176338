/**
 * Choosing an industry in Settings → Sectors: which suggestions start checked,
 * and what applying the choice adds, deletes and leaves. Pure (unit-tested);
 * the server checks the same rules again.
 *
 * WordPress dependencies
 */
import { cleanForSlug } from '@wordpress/url';

/** Most sectors one site may have (Sectors_Repository::LIMIT). */
export const SECTOR_LIMIT = 5;

/** One suggested sector of an industry. */
export interface IndustrySector {
	slug: string;
	name: string;
	keywords: string[];
}

/** One industry of the catalogue (GET /planner/industries). */
export interface Industry {
	slug: string;
	name: string;
	sectors: IndustrySector[];
}

/** An existing sector as the picker needs it. */
export interface ExistingSector {
	id: number;
	name: string;
	slug: string;
}

/** The editor's choice in the picker. */
export interface IndustryChoice {
	/** Slugs of checked suggestions. */
	add: string[];
	/** Ids of existing sectors the editor unchecked (to delete, after confirmation). */
	remove: number[];
}

/** What the site would have after applying a choice. */
export interface IndustryPlan {
	/** Suggestions to create (checked and not already a sector). */
	add: string[];
	remove: number[];
	total: number;
	/** Within 1..SECTOR_LIMIT. */
	valid: boolean;
}

/** True when an existing sector already covers a suggestion (same slug, as the server compares). */
export function isPresent(
	suggestion: Pick< IndustrySector, 'name' >,
	existing: Array< Pick< ExistingSector, 'slug' > >
): boolean {
	const slug = cleanForSlug( suggestion.name );
	return existing.some( ( sector ) => sector.slug === slug );
}

/**
 * The choice a newly picked industry starts with: every existing sector kept,
 * and as many new suggestions checked, in order, as fit in the limit.
 */
export function initialChoice(
	industry: Industry,
	existing: ExistingSector[]
): IndustryChoice {
	const room = Math.max( 0, SECTOR_LIMIT - existing.length );
	return {
		add: industry.sectors
			.filter( ( sector ) => ! isPresent( sector, existing ) )
			.slice( 0, room )
			.map( ( sector ) => sector.slug ),
		remove: [],
	};
}

/** What applying the choice does, and whether the site keeps 1..5 sectors. */
export function planChoice(
	industry: Industry,
	existing: ExistingSector[],
	choice: IndustryChoice
): IndustryPlan {
	const kept = existing.filter(
		( sector ) => ! choice.remove.includes( sector.id )
	);
	const add = industry.sectors
		.filter(
			( sector ) =>
				choice.add.includes( sector.slug ) &&
				! isPresent( sector, kept )
		)
		.map( ( sector ) => sector.slug );
	const remove = existing
		.filter( ( sector ) => choice.remove.includes( sector.id ) )
		.map( ( sector ) => sector.id );
	const total = kept.length + add.length;
	return {
		add,
		remove,
		total,
		valid: total >= 1 && total <= SECTOR_LIMIT,
	};
}

/** The choice with one suggestion or existing sector toggled. */
export function toggle(
	choice: IndustryChoice,
	item: { slug: string } | { id: number }
): IndustryChoice {
	if ( 'slug' in item ) {
		return {
			...choice,
			add: choice.add.includes( item.slug )
				? choice.add.filter( ( slug ) => slug !== item.slug )
				: [ ...choice.add, item.slug ],
		};
	}
	return {
		...choice,
		remove: choice.remove.includes( item.id )
			? choice.remove.filter( ( id ) => id !== item.id )
			: [ ...choice.remove, item.id ],
	};
}
