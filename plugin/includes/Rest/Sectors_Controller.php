<?php
/**
 * Planner module: sectors.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Repository;
use Igny8\Storage\Sectors_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * The site's one to five sectors (create answers 409 beyond five). Managing them is a site setting.
 *
 * @since 0.2.0
 */
class Sectors_Controller extends Table_Controller {

	/**
	 * {@inheritDoc}
	 */
	protected function route(): string {
		return '/planner/sectors';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function kind(): string {
		return 'sector';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function collection(): string {
		return 'sectors';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function repository(): Repository {
		return new Sectors_Repository();
	}

	/**
	 * {@inheritDoc}
	 */
	protected function required(): array {
		return array( 'name' );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function properties(): array {
		return array(
			'name'   => array(
				'description' => __( 'Sector name.', 'igny8' ),
				'type'        => 'string',
				'minLength'   => 1,
				'maxLength'   => 191,
			),
			'status' => array(
				'description' => __( 'Sector status.', 'igny8' ),
				'type'        => 'string',
				'enum'        => array( 'active', 'inactive' ),
				'default'     => 'active',
			),
		);
	}
}
