/**
 * Types for the two WordPress packages whose installed versions ship no
 * declarations (@wordpress/blocks 14, @wordpress/block-editor 14). Only what
 * this workspace uses is declared, as it exists in WordPress 6.8.
 */

declare module '@wordpress/blocks' {
	import type { ComponentType } from 'react';

	/** Props WordPress passes to a block's edit component. */
	export interface BlockEditProps< Attributes > {
		attributes: Attributes;
		setAttributes: ( next: Partial< Attributes > ) => void;
		isSelected: boolean;
		clientId: string;
		className?: string;
	}

	/** Props WordPress passes to a block's save function. */
	export interface BlockSaveProps< Attributes > {
		attributes: Attributes;
	}

	export interface BlockSettings< Attributes > {
		edit: ComponentType< BlockEditProps< Attributes > >;
		save: ComponentType< BlockSaveProps< Attributes > >;
		icon?: unknown;
	}

	/** A block instance as the block editor stores it. */
	export interface BlockInstance {
		clientId: string;
		name: string;
		isValid: boolean;
		attributes: Record< string, unknown >;
		innerBlocks: BlockInstance[];
	}

	export function createBlock(
		name: string,
		attributes?: Record< string, unknown >,
		innerBlocks?: BlockInstance[]
	): BlockInstance;
	export function parse( content: string ): BlockInstance[];
	export function serialize(
		blocks: BlockInstance | BlockInstance[]
	): string;
	export function getBlockContent( block: BlockInstance ): string;

	export function registerBlockType< Attributes >(
		metadata: string | ( { name: string } & Record< string, unknown > ),
		settings: BlockSettings< Attributes >
	): unknown;
}

declare module '@wordpress/block-editor' {
	import type { ComponentType, ReactNode } from 'react';

	type Props = Record< string, unknown >;

	export function useBlockProps( props?: Props ): Props;
	export namespace useBlockProps {
		function save( props?: Props ): Props;
	}

	export const InspectorControls: ComponentType< {
		children?: ReactNode;
		group?: 'default' | 'settings' | 'styles' | 'advanced';
	} >;

	export interface RichTextProps {
		tagName: string;
		value: string;
		onChange: ( value: string ) => void;
		className?: string;
		placeholder?: string;
		allowedFormats?: string[];
		disableLineBreaks?: boolean;
		identifier?: string;
		'aria-label'?: string;
	}

	export interface RichTextContentProps {
		tagName: string;
		value: string;
		className?: string;
	}

	export const RichText: ComponentType< RichTextProps > & {
		Content: ComponentType< RichTextContentProps >;
	};
}
