/**
 * WordPress dependencies
 */
import { registerBlockType } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import Edit from './edit';
import save from './save';
import metadata from './block.json';
import type { FaqAttributes } from './types';
import './style.scss';

registerBlockType< FaqAttributes >( metadata, { edit: Edit, save } );
