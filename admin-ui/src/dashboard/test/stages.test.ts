/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { functionLabel, pipelineStages } from '../stages';

const urls = {
	plannerUrl: 'admin.php?page=igny8-planner',
	writerUrl: 'admin.php?page=igny8-writer',
};

describe( 'pipelineStages', () => {
	it( 'lists the six stages in order with their links', () => {
		const stages = pipelineStages(
			{
				keywords: 10,
				clusters: 2,
				ideas: 6,
				tasks: 3,
				drafts: 1,
				published: 1,
			},
			urls
		);
		expect( stages.map( ( stage ) => [ stage.key, stage.count ] ) ).toEqual(
			[
				[ 'keywords', 10 ],
				[ 'clusters', 2 ],
				[ 'ideas', 6 ],
				[ 'tasks', 3 ],
				[ 'drafts', 1 ],
				[ 'published', 1 ],
			]
		);
		expect( stages[ 1 ]!.url ).toBe(
			'admin.php?page=igny8-planner&tab=clusters'
		);
		expect( stages[ 4 ]!.url ).toBe(
			'admin.php?page=igny8-writer&tab=drafts'
		);
		expect( stages.every( ( stage ) => stage.hint === null ) ).toBe( true );
	} );

	it( 'gives the next step where the pipeline stops', () => {
		const stages = pipelineStages(
			{
				keywords: 10,
				clusters: 0,
				ideas: 0,
				tasks: 0,
				drafts: 0,
				published: 0,
			},
			urls
		);
		expect( stages[ 1 ]!.hint ).toBe(
			'Select keywords and choose Auto cluster.'
		);
		expect( stages[ 2 ]!.hint ).toBeNull();
		const empty = pipelineStages(
			{
				keywords: 0,
				clusters: 0,
				ideas: 0,
				tasks: 0,
				drafts: 0,
				published: 0,
			},
			urls
		);
		expect( empty[ 0 ]!.hint ).toBe( 'Import a keyword CSV to start.' );
	} );
} );

describe( 'functionLabel', () => {
	it( 'names known functions and passes others through', () => {
		expect( functionLabel( 'auto_cluster' ) ).toBe( 'Auto cluster' );
		expect( functionLabel( 'rewrite' ) ).toBe( 'rewrite' );
	} );
} );
