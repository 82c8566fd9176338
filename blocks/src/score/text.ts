/**
 * Words, sentences and syllables for the score: a Unicode word tokenizer, a keyword matcher
 * over token sequences (so "seo" never matches inside "seoul") and the Flesch reading ease
 * with an English syllable heuristic.
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SENTENCE_END = /[.!?]+(?=[\s"'”’)\]]|$)|\n+/;
const DIACRITICS = /\p{M}/gu;

/** Lower-cased, accent-free words of a text, in order. */
export function tokenize( text: string ): string[] {
	const normalised = normaliseText( text );
	return normalised.match( WORD ) ?? [];
}

/**
 * Lower case without accents, so "Café" and "cafe" match.
 */
export function normaliseText( text: string ): string {
	const lower = text.toLowerCase();
	// Only pay for NFD when there is something outside ASCII.

	return /[^\x00-\x7f]/.test( lower )
		? lower.normalize( 'NFD' ).replace( DIACRITICS, '' )
		: lower;
}

/**
 * How many times the keyword's token sequence occurs in the words.
 */
export function countSequence( words: string[], keyword: string[] ): number {
	const first = keyword[ 0 ];
	if ( first === undefined ) {
		return 0;
	}
	let count = 0;
	const last = words.length - keyword.length;
	for ( let i = 0; i <= last; i++ ) {
		if ( words[ i ] !== first ) {
			continue;
		}
		let matched = true;
		for ( let j = 1; j < keyword.length; j++ ) {
			if ( words[ i + j ] !== keyword[ j ] ) {
				matched = false;
				break;
			}
		}
		if ( matched ) {
			count++;
			i += keyword.length - 1;
		}
	}
	return count;
}

/**
 * How many times any of the phrases occurs in the words; where phrases overlap (a term inside
 * the target keyword) the longest match is counted once, so a product's terms never double a hit.
 */
export function countAnySequence(
	words: string[],
	phrases: string[][]
): number {
	const longestFirst = phrases
		.filter( ( phrase ) => phrase.length > 0 )
		.sort( ( a, b ) => b.length - a.length );
	let count = 0;
	for ( let i = 0; i < words.length; i++ ) {
		const match = longestFirst.find( ( phrase ) =>
			phrase.every( ( word, j ) => words[ i + j ] === word )
		);
		if ( match ) {
			count++;
			i += match.length - 1;
		}
	}
	return count;
}

/**
 * True when every keyword word appears somewhere in the words (any order).
 */
export function containsAllWords(
	words: string[],
	keyword: string[]
): boolean {
	if ( keyword.length === 0 ) {
		return false;
	}
	const set = new Set( words );
	return keyword.every( ( word ) => set.has( word ) );
}

/**
 * Sentences in a text: runs ended by . ! ? or a line break that contain at least one word.
 */
export function countSentences( text: string ): number {
	let count = 0;
	for ( const part of text.split( SENTENCE_END ) ) {
		if ( /[\p{L}\p{N}]/u.test( part ) ) {
			count++;
		}
	}
	return count;
}

const syllableCache = new Map< string, number >();

/**
 * English syllables of one lower-case word, by vowel groups with the usual silent-e fixes.
 * Numbers and non-Latin words count as one.
 */
export function syllables( word: string ): number {
	const cached = syllableCache.get( word );
	if ( cached !== undefined ) {
		return cached;
	}
	let result = 1;
	const letters = word.replace( /[^a-z]/g, '' );
	if ( letters.length > 3 ) {
		const trimmed = letters
			.replace( /(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, ( end ) =>
				end.slice( 0, 1 )
			)
			.replace( /^y/, '' );
		const groups = trimmed.match( /[aeiouy]{1,2}/g );
		result = Math.max( 1, groups ? groups.length : 1 );
	}
	if ( syllableCache.size < 20_000 ) {
		syllableCache.set( word, result );
	}
	return result;
}

/**
 * Flesch reading ease (0 hard … 100 easy), clamped; 0 words read as 100.
 */
export function fleschReadingEase(
	words: number,
	sentences: number,
	syllableCount: number
): number {
	if ( words === 0 ) {
		return 100;
	}
	const score =
		206.835 -
		1.015 * ( words / Math.max( 1, sentences ) ) -
		84.6 * ( syllableCount / words );
	return Math.round( Math.min( 100, Math.max( 0, score ) ) * 10 ) / 10;
}
