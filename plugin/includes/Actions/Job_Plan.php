<?php
/**
 * One job an action means to start.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions;

use Igny8\System\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * What Job_Starter needs to create one cloud job: the function, its input (with the site's settings
 * already added by Site_Context), the reference echoed back with the result, the idempotency key
 * part and the local context the result will need. Made only through for_site(), so no plan can
 * leave without the site's language, prompt override and author profile.
 *
 * @since 0.6.0
 */
final class Job_Plan {

	/**
	 * AI function.
	 *
	 * @var string
	 */
	public string $function;

	/**
	 * Function input, with the site's settings.
	 *
	 * @var array<string, mixed>
	 */
	public array $input;

	/**
	 * Echoed back with the result: task_id, cluster_ids, keyword_ids, post_id.
	 *
	 * @var array<string, mixed>
	 */
	public array $reference;

	/**
	 * Idempotency key part; the same key returns the same job, charged once.
	 *
	 * @var string
	 */
	public string $key;

	/**
	 * The model chosen in Settings → AI models for this function; '' lets the cloud choose.
	 *
	 * @var string
	 */
	public string $model;

	/**
	 * Local context stored with the job.
	 *
	 * @var array<string, mixed>
	 */
	public array $context;

	/**
	 * Use for_site().
	 *
	 * @param string               $function  AI function.
	 * @param array<string, mixed> $input     Input.
	 * @param array<string, mixed> $reference Reference.
	 * @param string               $key       Idempotency key part.
	 * @param array<string, mixed> $context   Local context.
	 * @param string               $model     Model chosen in Settings ('' for the cloud's choice).
	 */
	private function __construct( string $function, array $input, array $reference, string $key, array $context, string $model ) {
		$this->function  = $function;
		$this->input     = $input;
		$this->reference = $reference;
		$this->key       = $key;
		$this->context   = $context;
		$this->model     = $model;
	}

	/**
	 * A plan whose input carries the site's settings the function accepts, and the model chosen for it.
	 *
	 * @since 0.6.0
	 *
	 * @param string               $function  AI function.
	 * @param array<string, mixed> $input     Input built from the selection.
	 * @param array<string, mixed> $reference Reference.
	 * @param string               $key       Idempotency key part.
	 * @param array<string, mixed> $context   Local context.
	 * @return self
	 */
	public static function for_site( string $function, array $input, array $reference, string $key, array $context = array() ): self {
		$models = (array) ( Settings::get()['models'] ?? array() );
		return new self( $function, Site_Context::complete( $function, $input ), $reference, $key, $context, (string) ( $models[ $function ] ?? '' ) );
	}
}
