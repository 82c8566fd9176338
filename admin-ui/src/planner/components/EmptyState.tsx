/**
 * WordPress dependencies
 */
import { Card, CardBody } from '@wordpress/components';
import type { ReactNode } from 'react';

/**
 * What an empty table says: what the list is for and the next step, with the button that takes it.
 */
export function EmptyState( {
	title,
	children,
	action,
}: {
	title: string;
	children: ReactNode;
	action?: ReactNode;
} ) {
	return (
		<Card className="igny8-empty">
			<CardBody>
				<h2 className="igny8-card-title">{ title }</h2>
				<p>{ children }</p>
				{ action && <div className="igny8-actions">{ action }</div> }
			</CardBody>
		</Card>
	);
}
