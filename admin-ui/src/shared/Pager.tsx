/**
 * Previous / "Page x of y" / Next under a hand-built table (the Linker's and Optimizer's post lists).
 *
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

export interface PagerProps {
	page: number;
	totalPages: number;
	onChange: ( page: number ) => void;
	/** Shown after the page count, e.g. "(120 posts)". */
	summary?: string;
}

export function Pager( { page, totalPages, onChange, summary }: PagerProps ) {
	const pages = Math.max( 1, totalPages );
	return (
		<div className="igny8-toolbar igny8-pager">
			<Button
				variant="tertiary"
				disabled={ page <= 1 }
				onClick={ () => onChange( page - 1 ) }
			>
				{ __( 'Previous page', 'igny8' ) }
			</Button>
			<span>
				{
					/* translators: 1: current page, 2: number of pages */
					sprintf( __( 'Page %1$d of %2$d', 'igny8' ), page, pages )
				}
				{ summary ? ` ${ summary }` : '' }
			</span>
			<Button
				variant="tertiary"
				disabled={ page >= totalPages }
				onClick={ () => onChange( page + 1 ) }
			>
				{ __( 'Next page', 'igny8' ) }
			</Button>
		</div>
	);
}
