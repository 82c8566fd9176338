/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { tabFromSearch, withTab } from '../url-tab';
import { draftsOf } from '../components/PromptsSection';
import {
	fieldsOf,
	formFromProfile,
	profileFromForm,
} from '../author-profile-form';

describe( 'tab in the URL', () => {
	const tabs = [ 'connection', 'models', 'prompts' ];

	it( 'opens the tab the URL names, when it exists', () => {
		expect(
			tabFromSearch(
				'?page=igny8-settings&tab=prompts',
				tabs,
				'connection'
			)
		).toBe( 'prompts' );
	} );

	it( 'falls back for a missing or unknown tab', () => {
		expect(
			tabFromSearch( '?page=igny8-settings', tabs, 'connection' )
		).toBe( 'connection' );
		expect( tabFromSearch( '?tab=%3Cscript%3E', tabs, 'connection' ) ).toBe(
			'connection'
		);
	} );

	it( 'sets the tab and keeps the other parameters', () => {
		expect(
			withTab(
				'http://x.test/wp-admin/admin.php?page=igny8-writer&tab=tasks',
				'images'
			)
		).toBe(
			'http://x.test/wp-admin/admin.php?page=igny8-writer&tab=images'
		);
	} );
} );

describe( 'draftsOf', () => {
	it( 'gives every function its override text, or empty for the cloud default', () => {
		expect(
			draftsOf( {
				functions: [ 'generate_content', 'auto_cluster' ],
				overrides: {
					generate_content: {
						system: 'S',
						instructions: 'I',
						version: 'v1',
					},
				},
			} )
		).toEqual( {
			generate_content: { system: 'S', instructions: 'I' },
			auto_cluster: { system: '', instructions: '' },
		} );
	} );
} );

describe( 'profileFromForm', () => {
	it( 'trims the fields and splits the words to avoid', () => {
		expect(
			profileFromForm( {
				name: ' Ana ',
				tone: 'warm ',
				audience: '',
				point_of_view: 'you',
				banned_words: 'delve, Delve, tapestry,',
			} )
		).toEqual( {
			name: 'Ana',
			tone: 'warm',
			audience: '',
			point_of_view: 'you',
			banned_words: [ 'delve', 'tapestry' ],
		} );
	} );

	it( 'keeps the id of a profile being edited', () => {
		expect(
			profileFromForm( {
				id: 'ap_1',
				name: 'A',
				tone: '',
				audience: '',
				point_of_view: '',
				banned_words: '',
			} ).id
		).toBe( 'ap_1' );
	} );

	it( 'puts a stored profile in the form and back unchanged', () => {
		const stored = {
			id: 'ap_x1',
			name: 'Ana',
			tone: 'warm',
			audience: 'runners',
			point_of_view: 'you',
			banned_words: [ 'delve', 'tapestry' ],
		};
		expect( formFromProfile( stored ).banned_words ).toBe(
			'delve, tapestry'
		);
		expect( profileFromForm( formFromProfile( stored ) ) ).toEqual(
			stored
		);
		expect( fieldsOf( stored ) ).not.toHaveProperty( 'id' );
	} );
} );
