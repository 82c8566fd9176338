/**
 * ESLint for the admin screens and blocks (`wp-scripts lint-js`, run by `npm test -- --only=lint`):
 * WordPress's recommended rules, with its TypeScript and Prettier support (both are installed).
 * worker/ is left out: it is not WordPress code (no @wordpress packages, no wp-admin JSX) and
 * strict `tsc` checks it.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordpress from '@wordpress/eslint-plugin';

const root = dirname( fileURLToPath( import.meta.url ) );

export default [
	{
		ignores: [ '**/build/**', '**/node_modules/**', 'worker/**', 'plugin/**', '.tools/**', '.state/**' ],
	},
	...wordpress.configs.recommended,
	{
		rules: {
			// npm workspaces: test tooling (vitest) is a devDependency of the root package, not of each workspace.
			'import/no-extraneous-dependencies': [ 'error', { packageDir: [ root, `${ root }/admin-ui`, `${ root }/blocks` ] } ],
			// WordPress 6.8's @wordpress/components has no stable ConfirmDialog or NumberControl yet.
			'@wordpress/no-unsafe-wp-apis': [ 'error', { '@wordpress/components': [ '__experimentalConfirmDialog', '__experimentalNumberControl' ] } ],
		},
	},
	{
		files: [ '**/*.ts', '**/*.tsx' ],
		rules: {
			// TypeScript signatures name and type every parameter; docblocks say why, not a @param list again.
			'jsdoc/require-param': 'off',
		},
	},
];
