/**
 * TEST DOUBLE — run-time state of the fake OpenAI-compatible model server:
 * latency, injected faults (seeded, so a run can be replayed), scripted faults
 * for a single test, and request counters. Nothing here talks to a real model.
 */

/** The faults the fake model can inject. */
/** `quota` is OpenAI's 429 for an exhausted quota (`insufficient_quota`), which waiting does not cure. */
export type FaultKind = '429' | '500' | 'timeout' | 'malformed' | 'quota';

export const FAULT_KINDS: readonly FaultKind[] = [ '429', '500', 'timeout', 'malformed', 'quota' ];

/** A fault queued for the next matching request(s), e.g. by one test. */
export interface ScriptedFault {
	fault: FaultKind;
	/** Only requests whose raw body contains this text take the fault (keeps parallel tests apart). */
	match?: string;
	/** How many matching requests take it (default 1). */
	times?: number;
	/** For a "timeout": how long to hold the request, instead of the shared setting (keeps parallel suites apart). */
	hold_ms?: number;
}

/** A fault rate for the requests whose raw body contains `match` (keeps one test's chaos to itself). */
export interface FaultRule {
	match: string;
	rate: number;
	faults: FaultKind[];
}

/** Settings that can be changed at start and at run time (POST /__control). */
export interface FakeModelSettings {
	latencyMs: number;
	faultRate: number;
	faults: FaultKind[];
	seed: number;
	/** How long a "timeout" fault holds the request before dropping it. */
	timeoutHoldMs: number;
}

export interface FakeModelStats {
	requests: { total: number; chat_completions: number; images: number; models: number; streams: number };
	by_function: Record<string, number>;
	/** "<function>:<model>" → requests: which model each function was asked with. */
	by_function_model: Record<string, number>;
	faults: Record<FaultKind, number>;
	/** Bearer keys the /v1 requests carried → requests (a server started with requireKey proves whose key reached it). */
	bearer_keys: Record<string, number>;
	/** /v1 requests refused with 401 because they lacked the required key. */
	unauthorized: number;
}

/** Parses "429,500,timeout" into fault kinds, rejecting unknown names. */
export function parseFaults( value: string | string[] | undefined ): FaultKind[] {
	if ( value === undefined ) return [];
	const list = Array.isArray( value ) ? value : value.split( ',' );
	return list
		.map( ( item ) => item.trim() )
		.filter( ( item ) => item !== '' )
		.map( ( item ) => {
			if ( ! ( FAULT_KINDS as readonly string[] ).includes( item ) ) {
				throw new Error( `unknown fault "${ item }" (known: ${ FAULT_KINDS.join( ', ' ) })` );
			}
			return item as FaultKind;
		} );
}

/** mulberry32: a tiny seeded PRNG, so the same seed injects the same faults in the same order. */
function seededRandom( seed: number ): () => number {
	let a = seed >>> 0;
	return () => {
		a = ( a + 0x6d2b79f5 ) >>> 0;
		let t = a;
		t = Math.imul( t ^ ( t >>> 15 ), t | 1 );
		t ^= t + Math.imul( t ^ ( t >>> 7 ), t | 61 );
		return ( ( t ^ ( t >>> 14 ) ) >>> 0 ) / 4294967296;
	};
}

function emptyStats(): FakeModelStats {
	return {
		requests: { total: 0, chat_completions: 0, images: 0, models: 0, streams: 0 },
		bearer_keys: {},
		unauthorized: 0,
		by_function: {},
		by_function_model: {},
		faults: { 429: 0, 500: 0, timeout: 0, malformed: 0, quota: 0 },
	};
}

/** Mutable state of one fake model server. */
export class FakeModelState {
	settings: FakeModelSettings;
	stats: FakeModelStats = emptyStats();
	private script: ScriptedFault[] = [];
	private rules: FaultRule[] = [];
	private random: () => number;

	constructor( settings: FakeModelSettings ) {
		this.settings = settings;
		this.random = seededRandom( settings.seed );
	}

	/** Applies a POST /__control body; unknown keys are ignored, bad values throw. */
	update( body: Record<string, unknown> ): void {
		if ( body.reset === true ) {
			this.stats = emptyStats();
			this.script = [];
			this.rules = [];
		}
		if ( body.latency_ms !== undefined ) this.settings.latencyMs = nonNegative( body.latency_ms, 'latency_ms' );
		if ( body.timeout_hold_ms !== undefined ) this.settings.timeoutHoldMs = nonNegative( body.timeout_hold_ms, 'timeout_hold_ms' );
		if ( body.fault_rate !== undefined ) {
			const rate = Number( body.fault_rate );
			if ( ! ( rate >= 0 && rate <= 1 ) ) throw new Error( 'fault_rate must be between 0 and 1' );
			this.settings.faultRate = rate;
		}
		if ( body.faults !== undefined ) this.settings.faults = parseFaults( body.faults as string | string[] );
		if ( body.seed !== undefined || body.reset === true ) {
			if ( body.seed !== undefined ) this.settings.seed = nonNegative( body.seed, 'seed' );
			this.random = seededRandom( this.settings.seed );
		}
		if ( body.fault_rules !== undefined ) {
			if ( ! Array.isArray( body.fault_rules ) ) throw new Error( 'fault_rules must be an array of {match, rate, faults}' );
			for ( const rule of body.fault_rules as Array<{ match?: unknown; rate?: unknown; faults?: string | string[] }> ) {
				const rate = Number( rule.rate );
				if ( typeof rule.match !== 'string' || rule.match === '' || ! ( rate >= 0 && rate <= 1 ) ) throw new Error( 'a fault rule needs a non-empty match and a rate between 0 and 1' );
				this.rules.push( { match: rule.match, rate, faults: parseFaults( rule.faults ?? [ ...FAULT_KINDS ] ) } );
			}
		}
		if ( body.script !== undefined ) {
			if ( ! Array.isArray( body.script ) ) throw new Error( 'script must be an array of {fault, match?, times?, hold_ms?}' );
			for ( const entry of body.script as ScriptedFault[] ) {
				parseFaults( [ String( entry.fault ) ] );
				this.script.push( { fault: entry.fault, match: entry.match, times: entry.times ?? 1, ...( entry.hold_ms === undefined ? {} : { hold_ms: nonNegative( entry.hold_ms, 'hold_ms' ) } ) } );
			}
		}
	}

	/** Picks the fault for one request: a header wins, then a matching script entry, then the seeded dice. */
	pickFault( rawBody: string, headerFault: string | undefined ): FaultKind | null {
		return this.pick( rawBody, headerFault ).fault;
	}

	/** The fault for one request and, for a timeout, how long to hold it. */
	pick( rawBody: string, headerFault: string | undefined ): { fault: FaultKind | null; holdMs: number } {
		const holdMs = this.settings.timeoutHoldMs;
		if ( headerFault ) return { fault: parseFaults( headerFault )[ 0 ] ?? null, holdMs };
		const index = this.script.findIndex( ( entry ) => ! entry.match || rawBody.includes( entry.match ) );
		if ( index >= 0 ) {
			const entry = this.script[ index ]!;
			entry.times = ( entry.times ?? 1 ) - 1;
			if ( entry.times <= 0 ) this.script.splice( index, 1 );
			return { fault: entry.fault, holdMs: entry.hold_ms ?? holdMs };
		}
		return { fault: this.dice( rawBody ), holdMs };
	}

	/** The seeded dice: the fault rule matching the body, else the global rate. */
	private dice( rawBody: string ): FaultKind | null {
		const rule = this.rules.find( ( candidate ) => rawBody.includes( candidate.match ) );
		const { faultRate, faults } = rule ? { faultRate: rule.rate, faults: rule.faults } : this.settings;
		if ( faultRate <= 0 || faults.length === 0 ) return null;
		// Two draws per request keep the sequence stable whatever the outcome.
		const hit = this.random() < faultRate;
		const which = faults[ Math.floor( this.random() * faults.length ) ] ?? null;
		return hit ? which : null;
	}

	count( fault: FaultKind | null ): void {
		if ( fault ) this.stats.faults[ fault ] += 1;
	}

	/** A public snapshot for GET /__stats. */
	snapshot(): Record<string, unknown> {
		return {
			test_double: true,
			settings: {
				latency_ms: this.settings.latencyMs,
				fault_rate: this.settings.faultRate,
				faults: this.settings.faults,
				seed: this.settings.seed,
				timeout_hold_ms: this.settings.timeoutHoldMs,
			},
			scripted_faults_pending: this.script.length,
			fault_rules: this.rules.length,
			...this.stats,
		};
	}
}

function nonNegative( value: unknown, name: string ): number {
	const number = Number( value );
	if ( ! Number.isFinite( number ) || number < 0 ) throw new Error( `${ name } must be a non-negative number` );
	return Math.floor( number );
}
