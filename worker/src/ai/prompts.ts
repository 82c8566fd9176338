/**
 * Prompt templates and author profiles (the seed's AIPrompt / AuthorProfile).
 * The Worker holds the defaults; a site sends its own template and profile with
 * the job (editors tune them in wp-admin) and they win. Language is always stated:
 * a prompt never leaves the output language to the model's guess (it would drift to English).
 */
import * as z from 'zod';

/** A site's prompt template for one function: replaces the default system text and adds instructions. */
export const promptTemplateSchema = z.object( {
	system: z.string().trim().max( 8_000 ).optional(),
	instructions: z.string().trim().max( 8_000 ).optional(),
	version: z.string().trim().max( 50 ).optional(),
} );

/** A site's author profile: the voice articles are written in. */
export const authorProfileSchema = z.object( {
	name: z.string().trim().max( 200 ).optional(),
	tone: z.string().trim().max( 200 ).optional(),
	audience: z.string().trim().max( 500 ).optional(),
	point_of_view: z.string().trim().max( 100 ).optional(),
	banned_words: z.array( z.string().trim().min( 1 ).max( 100 ) ).max( 200 ).optional(),
	// The site's own editorial guidelines (WordPress's AI plugin), sent when the site has no profile.
	guidelines: z.string().trim().max( 2000 ).optional(),
} );

export const languageSchema = z
	.string()
	.trim()
	.regex( /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/, 'Use a locale such as "en", "de_DE" or "pt-BR".' )
	.max( 35 );

export type PromptTemplate = z.infer<typeof promptTemplateSchema>;
export type AuthorProfile = z.infer<typeof authorProfileSchema>;

/** The default voice when the site sends no profile. */
export const DEFAULT_AUTHOR_PROFILE: Required<Omit<AuthorProfile, 'name' | 'banned_words' | 'guidelines'>> & { banned_words: string[] } = {
	tone: 'clear, friendly and expert',
	audience: 'readers new to the topic who want practical answers',
	point_of_view: 'second person (you)',
	banned_words: [],
};

const LANGUAGE_NAMES: Record<string, string> = {
	en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch', pl: 'Polish',
	sv: 'Swedish', da: 'Danish', fi: 'Finnish', nb: 'Norwegian', cs: 'Czech', tr: 'Turkish', ru: 'Russian', uk: 'Ukrainian',
	ja: 'Japanese', zh: 'Chinese', ko: 'Korean', ar: 'Arabic', he: 'Hebrew', hi: 'Hindi', ur: 'Urdu', id: 'Indonesian',
};

/** The primary subtag in lower case: "de_DE" → "de". */
export const baseLanguage = ( locale: string ): string => locale.split( /[_-]/ )[ 0 ]!.toLowerCase();

/** Normalises a WordPress locale ("de_DE") to a BCP 47 tag ("de-DE"); "en" when none was given. */
export const languageTag = ( locale: string | undefined ): string => {
	if ( ! locale ) return 'en';
	const [ base, ...rest ] = locale.split( /[_-]/ );
	return [ base!.toLowerCase(), ...rest.map( ( part ) => ( part.length === 2 ? part.toUpperCase() : part ) ) ].join( '-' );
};

/** The line every prompt carries, so the model writes in the site's language. */
export function languageLine( locale: string | undefined ): string {
	const tag = languageTag( locale );
	const name = LANGUAGE_NAMES[ baseLanguage( tag ) ];
	return `Language: ${ tag }${ name ? ` (${ name })` : '' }. Write every human-readable value in this language, never in another one.`;
}

/** True when the reply's language field names the requested language (region may differ). */
export const sameLanguage = ( reply: string, wanted: string | undefined ): boolean => baseLanguage( reply || 'x' ) === baseLanguage( languageTag( wanted ) );

/** System text: the site's template (if any) replaces the default body; the marker always stays first. */
export function systemPrompt( fnName: string, defaultBody: string, template?: PromptTemplate ): string {
	// The marker names the function for logs and for the fake model (a test double) alike.
	const body = template?.system?.trim() || defaultBody;
	return `igny8:function=${ fnName }\n${ body }`;
}

/** The template's instructions as one prompt line (none without a template or instructions). */
export function instructionLines( template?: PromptTemplate ): string[] {
	return template?.instructions ? [ `Instructions: ${ template.instructions.replace( /\s+/g, ' ' ) }` ] : [];
}

/** Voice lines of the author profile, merged over the defaults. */
export function voiceLines( profile?: AuthorProfile ): string[] {
	const voice = { ...DEFAULT_AUTHOR_PROFILE, ...Object.fromEntries( Object.entries( profile ?? {} ).filter( ( [ , value ] ) => value !== undefined && value !== '' ) ) };
	const lines = [ `Tone: ${ voice.tone }`, `Audience: ${ voice.audience }`, `Point of view: ${ voice.point_of_view }` ];
	if ( profile?.name ) lines.unshift( `Author: ${ profile.name }` );
	if ( profile?.guidelines ) lines.push( `Site guidelines: ${ profile.guidelines.replace( /\s+/g, ' ' ) }` );
	if ( voice.banned_words.length > 0 ) lines.push( `Banned words: ${ voice.banned_words.join( ', ' ) }`, 'Never use a banned word, in any form.' );
	return lines;
}

const escapeRegExp = ( text: string ) => text.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' );

/** A matcher for banned words as whole words, any case (Unicode-aware boundaries). */
export function bannedPattern( words: string[] ): RegExp | null {
	const clean = words.map( ( word ) => word.trim() ).filter( Boolean );
	if ( clean.length === 0 ) return null;
	return new RegExp( `(?<![\\p{L}\\p{N}])(?:${ clean.map( escapeRegExp ).join( '|' ) })(?![\\p{L}\\p{N}])`, 'giu' );
}

/** Removes what a banned-word pattern matches from a piece of text, tidying the gaps; keeps its outer spaces. */
export const stripBannedWords = ( text: string, pattern: RegExp ): string => text.replace( pattern, '' ).replace( /[ \t]{2,}/g, ' ' ).replace( / ([,.;:!?])/g, '$1' );

/** Removes banned words from plain text (the model was told; this is the guarantee). */
export function removeBannedWords( text: string, words: string[] | undefined ): string {
	const pattern = bannedPattern( words ?? [] );
	return pattern ? stripBannedWords( text, pattern ).trim() : text;
}
