/**
 * WordPress dependencies
 */
import { Button, Card, CardBody, CardHeader } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * The way to IGNY8 → Help: the pipeline on one page, statuses and production notes.
 *
 * @param props         Props.
 * @param props.helpUrl The Help screen.
 */
export function HelpCard( { helpUrl }: { helpUrl: string } ) {
	return (
		<Card>
			<CardHeader>
				<h2 className="igny8-card-title">{ __( 'Help', 'igny8' ) }</h2>
			</CardHeader>
			<CardBody>
				<p>
					{ __(
						'The pipeline on one page, what each status means, and the production notes. Each screen also has a Help tab at the top right.',
						'igny8'
					) }
				</p>
				<Button variant="secondary" href={ helpUrl }>
					{ __( 'Open IGNY8 Help', 'igny8' ) }
				</Button>
			</CardBody>
		</Card>
	);
}
