/**
 * WordPress dependencies
 */
import { Button, Modal } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

interface DisconnectDialogProps {
	onConfirm: () => void;
	onCancel: () => void;
}

/**
 * Asks before disconnecting: the key is deleted from this site, and only the
 * cloud can issue it again.
 */
export function DisconnectDialog( {
	onConfirm,
	onCancel,
}: DisconnectDialogProps ) {
	return (
		<Modal
			title={ __( 'Disconnect from the IGNY8 cloud?', 'igny8' ) }
			onRequestClose={ onCancel }
			size="medium"
		>
			<p>
				{ __(
					'The site API key is deleted from this site. Drafts already written stay. To connect again you need the key from your IGNY8 account.',
					'igny8'
				) }
			</p>
			<div className="igny8-actions igny8-actions--end">
				<Button
					__next40pxDefaultSize
					variant="tertiary"
					onClick={ onCancel }
				>
					{ __( 'Cancel', 'igny8' ) }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="primary"
					isDestructive
					onClick={ onConfirm }
				>
					{ __( 'Disconnect', 'igny8' ) }
				</Button>
			</div>
		</Modal>
	);
}
