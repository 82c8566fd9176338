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
import type { KeyTakeawaysAttributes } from './types';
import './style.scss';

registerBlockType< KeyTakeawaysAttributes >( metadata, { edit: Edit, save } );
