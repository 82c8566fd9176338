<?php
/**
 * Decides whether a rule may publish a post.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

use Igny8\Optimizer\Scorer;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * A post passes when its optimisation score (scored now by the one score model) reaches the rule's
 * threshold and its block markup passes Block_Validator's structure check. Otherwise it stays a draft
 * and the reasons go to the run log.
 *
 * @since 0.3.0
 */
class Quality_Gate {

	/**
	 * Scorer.
	 *
	 * @var Scorer
	 */
	private Scorer $scorer;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param Scorer|null $scorer Scorer.
	 */
	public function __construct( ?Scorer $scorer = null ) {
		$this->scorer = $scorer ?? new Scorer();
	}

	/**
	 * Checks a post.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_Post $post      Post.
	 * @param int     $threshold Lowest passing score.
	 * @return array{pass:bool, score:int|null, reasons:string[]}
	 */
	public function check( WP_Post $post, int $threshold ): array {
		$reasons = Block_Validator::problems( (string) $post->post_content );
		$scored  = $this->scorer->score( $post );
		$score   = null;
		if ( is_wp_error( $scored ) ) {
			/* translators: %s: error message */
			$reasons[] = sprintf( __( 'The post could not be scored: %s', 'igny8' ), $scored->get_error_message() );
		} else {
			$score = $scored['score'];
			if ( $score < $threshold ) {
				$reasons[] = sprintf(
					/* translators: 1: score, 2: threshold, 3: top issue */
					__( 'Optimisation score %1$d is below the rule\'s threshold of %2$d. Top issue: %3$s', 'igny8' ),
					$score,
					$threshold,
					$scored['issues'][0]['message'] ?? __( 'none reported', 'igny8' )
				);
			}
		}
		return array(
			'pass'    => ! $reasons,
			'score'   => $score,
			'reasons' => $reasons,
		);
	}
}
