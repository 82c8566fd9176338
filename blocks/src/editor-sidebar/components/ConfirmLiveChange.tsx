/**
 * WordPress dependencies
 */
import { Button, Modal } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Asks before an AI change is written to a post readers can see, saying what will change; also
 * before a block action over a post that has that block already (with a second choice).
 */
export function ConfirmLiveChange( {
	title,
	text,
	confirmLabel,
	onConfirm,
	onCancel,
	secondaryLabel,
	onSecondary,
}: {
	title: string;
	text: string;
	confirmLabel: string;
	onConfirm: () => void;
	onCancel: () => void;
	secondaryLabel?: string;
	onSecondary?: () => void;
} ) {
	return (
		<Modal
			title={ title }
			onRequestClose={ onCancel }
			className="igny8-confirm-live"
		>
			<p>{ text }</p>
			<div className="igny8-confirm-live__actions">
				<Button variant="tertiary" onClick={ onCancel }>
					{ __( 'Cancel', 'igny8' ) }
				</Button>
				{ secondaryLabel && onSecondary && (
					<Button variant="secondary" onClick={ onSecondary }>
						{ secondaryLabel }
					</Button>
				) }
				<Button variant="primary" onClick={ onConfirm }>
					{ confirmLabel }
				</Button>
			</div>
		</Modal>
	);
}
