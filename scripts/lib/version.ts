/**
 * The product's one version number. It is set in the root package.json and written
 * everywhere else it appears, so a release can never ship a plugin header, a readme
 * Stable tag and a Worker that disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A place that carries the version: how to read it, and how to write a new one. */
export interface VersionSite {
	/** Path relative to the repository root. */
	file: string;
	/** What the place is, for messages. */
	label: string;
	pattern: RegExp;
}

const SEMVER = '(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)';

/** Every place that must carry the root package.json's version: (before)(version)(after). */
export const VERSION_SITES: VersionSite[] = [
	{ file: 'plugin/igny8.php', label: 'plugin header Version', pattern: new RegExp( `^( \\* Version:\\s+)${ SEMVER }()$`, 'm' ) },
	{ file: 'plugin/igny8.php', label: 'IGNY8_VERSION constant', pattern: new RegExp( `(define\\( 'IGNY8_VERSION', ')${ SEMVER }(' \\);)` ) },
	{ file: 'plugin/readme.txt', label: 'readme.txt Stable tag', pattern: new RegExp( `^(Stable tag:\\s+)${ SEMVER }()$`, 'm' ) },
	{ file: 'worker/src/version.ts', label: "the Worker's reported version", pattern: new RegExp( `(export const VERSION = ')${ SEMVER }(';)` ) },
	{ file: 'worker/package.json', label: 'worker/package.json', pattern: new RegExp( `^(  "version": ")${ SEMVER }(",)$`, 'm' ) },
	{ file: 'admin-ui/package.json', label: 'admin-ui/package.json', pattern: new RegExp( `^(  "version": ")${ SEMVER }(",)$`, 'm' ) },
	{ file: 'blocks/package.json', label: 'blocks/package.json', pattern: new RegExp( `^(  "version": ")${ SEMVER }(",)$`, 'm' ) },
];

const VALID = new RegExp( `^${ SEMVER }$` );

/** The version set in the root package.json. */
export function productVersion( root: string ): string {
	const { version } = JSON.parse( readFileSync( resolve( root, 'package.json' ), 'utf8' ) ) as { version?: unknown };
	if ( typeof version !== 'string' || ! VALID.test( version ) ) throw new Error( 'package.json has no valid "version" (x.y.z).' );
	return version;
}

/** The version each place carries, or null where the place is missing. */
export function versionsFound( root: string ): Array<{ site: VersionSite; version: string | null }> {
	return VERSION_SITES.map( ( site ) => {
		const text = readFileSync( resolve( root, site.file ), 'utf8' );
		return { site, version: site.pattern.exec( text )?.[ 2 ] ?? null };
	} );
}

/** Workspace folders whose entries in package-lock.json carry the version, as npm writes them. */
const LOCK_ENTRIES = [ '', 'worker', 'admin-ui', 'blocks' ];

interface Lockfile {
	version?: string;
	packages: Record<string, { version?: string }>;
}

const readLock = ( root: string ): Lockfile => JSON.parse( readFileSync( resolve( root, 'package-lock.json' ), 'utf8' ) ) as Lockfile;

/** Lines naming each place that disagrees with package.json (empty when all agree). */
export function versionMismatches( root: string ): string[] {
	const expected = productVersion( root );
	const lines = versionsFound( root )
		.filter( ( { version } ) => version !== expected )
		.map( ( { site, version } ) => `${ site.file } (${ site.label }): ${ version ?? 'not found' }, package.json says ${ expected }` );
	const lock = readLock( root );
	for ( const entry of LOCK_ENTRIES ) {
		const version = lock.packages[ entry ]?.version;
		if ( version !== expected ) lines.push( `package-lock.json (packages["${ entry }"]): ${ version ?? 'not found' }, package.json says ${ expected }` );
	}
	return lines;
}

/** Writes `version` into package.json and every place that carries it; returns the files changed. */
export function setVersion( root: string, version: string ): string[] {
	if ( ! VALID.test( version ) ) throw new Error( `"${ version }" is not a version (x.y.z or x.y.z-pre).` );
	const changed = new Set<string>();
	const manifest = resolve( root, 'package.json' );
	const before = readFileSync( manifest, 'utf8' );
	const after = before.replace( /^(  "version": ")[^"]*(",)$/m, `$1${ version }$2` );
	if ( after === before && productVersion( root ) !== version ) throw new Error( 'package.json has no "version" line to update.' );
	if ( after !== before ) {
		writeFileSync( manifest, after );
		changed.add( 'package.json' );
	}
	for ( const site of VERSION_SITES ) {
		const path = resolve( root, site.file );
		const text = readFileSync( path, 'utf8' );
		if ( ! site.pattern.test( text ) ) throw new Error( `${ site.file }: cannot find the ${ site.label } to update.` );
		const updated = text.replace( site.pattern, ( _match, head: string, _old: string, tail: string ) => `${ head }${ version }${ tail }` );
		if ( updated !== text ) {
			writeFileSync( path, updated );
			changed.add( site.file );
		}
	}
	// npm keeps the workspaces' versions in the lockfile too; npm writes it as 2-space JSON.
	const lock = readLock( root );
	if ( LOCK_ENTRIES.some( ( entry ) => lock.packages[ entry ]?.version !== version ) || lock.version !== version ) {
		lock.version = version;
		for ( const entry of LOCK_ENTRIES ) {
			const item = lock.packages[ entry ];
			if ( item ) item.version = version;
		}
		writeFileSync( resolve( root, 'package-lock.json' ), `${ JSON.stringify( lock, null, 2 ) }\n` );
		changed.add( 'package-lock.json' );
	}
	return [ ...changed ];
}
