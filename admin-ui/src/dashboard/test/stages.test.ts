/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { firstSteps, functionLabel, pipelineStages } from '../stages';

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

describe( 'firstSteps', () => {
	const empty = {
		keywords: 0,
		clusters: 0,
		ideas: 0,
		tasks: 0,
		drafts: 0,
		published: 0,
	};

	it( 'starts a new site with importing or adding keywords, then clustering, each step linked', () => {
		const steps = firstSteps( empty, urls );
		expect(
			steps.map( ( step ) => [ step.key, step.url, step.done ] )
		).toEqual( [
			[ 'keywords', 'admin.php?page=igny8-planner&tab=keywords', false ],
			[ 'clusters', 'admin.php?page=igny8-planner&tab=keywords', false ],
			[ 'ideas', 'admin.php?page=igny8-planner&tab=clusters', false ],
			[ 'tasks', 'admin.php?page=igny8-planner&tab=ideas', false ],
			[ 'drafts', 'admin.php?page=igny8-writer&tab=tasks', false ],
			[ 'published', 'admin.php?page=igny8-writer&tab=drafts', false ],
		] );
		expect( steps[ 0 ]!.linkText ).toBe( 'Import or add keywords' );
	} );

	it( 'marks the steps whose stage has rows as done', () => {
		const steps = firstSteps(
			{ ...empty, keywords: 40, clusters: 3 },
			urls
		);
		expect(
			steps.filter( ( step ) => step.done ).map( ( step ) => step.key )
		).toEqual( [ 'keywords', 'clusters' ] );
	} );

	it( 'has nothing to say once a post is published', () => {
		expect(
			firstSteps( { ...empty, keywords: 1, published: 1 }, urls )
		).toEqual( [] );
	} );
} );
