import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { JOB_CONTRACT_FILE, jobContractJson } from '../job-contract.ts';

describe( 'the job contract', () => {
	it( 'has a current PHP copy: `npm run build` writes plugin/includes/Jobs/job-contract.json', () => {
		expect( readFileSync( JOB_CONTRACT_FILE, 'utf8' ) ).toBe( jobContractJson() );
	} );

	it( 'is what the plugin applies: its job statuses and result handlers match the copy', () => {
		const php = "define( 'ABSPATH', '/' ); require $argv[1] . '/plugin/includes/autoload.php'; echo json_encode( [ 'statuses' => Igny8\\Storage\\Jobs_Repository::STATUSES, 'final_statuses' => Igny8\\Storage\\Jobs_Repository::FINAL_STATUSES, 'functions' => Igny8\\Actions\\Registry::known_functions() ] );";
		const constants = JSON.parse( execFileSync( 'php', [ '-r', php, JOB_CONTRACT_FILE.replace( /\/plugin\/includes\/Jobs\/job-contract\.json$/, '' ) ], { encoding: 'utf8' } ) ) as Record<string, string[]>;
		const contract = JSON.parse( jobContractJson() ) as Record<string, string[]>;
		expect( constants.statuses ).toEqual( contract.statuses );
		expect( constants.final_statuses ).toEqual( contract.final_statuses );
		expect( [ ...( constants.functions ?? [] ) ].sort() ).toEqual( [ ...( contract.functions ?? [] ) ].sort() );
	} );
} );
