/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/** POST /writer/images/regenerate — draws one IGNY8 image again; answers with the job to follow. */
export function regenerateImage( request: {
	post_id: number;
	attachment_id: number;
	prompt: string;
} ): Promise< { job_id: string } > {
	return apiFetch< { job_id: string } >( {
		path: '/igny8/v1/writer/images/regenerate',
		method: 'POST',
		data: request,
	} );
}
