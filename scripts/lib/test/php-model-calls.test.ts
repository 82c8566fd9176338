/**
 * The plugin never calls a model provider from PHP: every model call is a cloud job (queued,
 * priced by the ledger, retried) or the editor's token-scoped stream to the Worker. A direct call
 * would also have to go through WordPress's AI Client (wp_ai_client_prompt) with a raised timeout
 * around that call only; there is none, and this keeps it so.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phpFiles } from '../php-namespaces.ts';
import { ROOT } from '../config.ts';

// A model call names a model endpoint (or goes through the AI Client); a provider's base URL alone
// is configuration (Settings → AI provider offers one as an example; the Worker makes the calls).
const PROVIDER =
	/\/chat\/completions|\/images\/(?:generations|edits)|\/v1\/responses\b|\/v1\/embeddings|:generateContent|\/v1\/messages\b|wp_ai_client_prompt\s*\(/;

/** Files of a plugin folder that call a model provider (or the AI Client) themselves. */
function modelCallers( includes: string ): string[] {
	return phpFiles( includes )
		.filter( ( file ) => PROVIDER.test( readFileSync( file, 'utf8' ) ) )
		.map( ( file ) => relative( includes, file ) );
}

describe( 'model calls from PHP', () => {
	it( 'none: the plugin asks the cloud, which asks the model', () => {
		expect( modelCallers( resolve( ROOT, 'plugin' ) ) ).toEqual( [] );
	} );

	it( 'would be found, whether a provider URL or the AI Client', () => {
		const dir = mkdtempSync( join( tmpdir(), 'igny8-calls-' ) );
		writeFileSync(
			join( dir, 'A.php' ),
			"<?php\nwp_remote_post( 'https://api.openai.com/v1/chat/completions' );\n"
		);
		writeFileSync(
			join( dir, 'B.php' ),
			"<?php\n$r = wp_ai_client_prompt( 'hi' );\n"
		);
		writeFileSync(
			join( dir, 'C.php' ),
			"<?php\n$r = $client->post( '/api/v1/jobs' );\n"
		);
		writeFileSync(
			join( dir, 'D.php' ),
			"<?php\n$example = __( 'e.g. https://api.openai.com/v1', 'igny8' );\n"
		);
		expect( modelCallers( dir ).sort() ).toEqual( [ 'A.php', 'B.php' ] );
	} );
} );
