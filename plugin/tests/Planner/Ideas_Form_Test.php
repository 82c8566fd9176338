<?php
/**
 * Ideas created and edited by hand through the REST routes the New idea / Edit idea form uses.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Planner;

use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Tests\TestCase;

/**
 * The form's rules, enforced by the server too: each refusal is a 400 naming its field, and nothing is written.
 */
final class Ideas_Form_Test extends TestCase {

	private const ROUTE = '/igny8/v1/planner/ideas';

	private int $cluster;

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
		$this->cluster = (int) ( new Clusters_Repository() )->insert(
			array(
				'name'   => 'Composting',
				'status' => 'active',
			)
		);
	}

	public function test_creates_an_idea_with_every_field_of_the_form(): void {
		$response = $this->rest(
			'POST',
			self::ROUTE,
			array(
				'cluster_id'         => $this->cluster,
				'title'              => '  Compost in  small gardens ',
				'description'        => "Who it is for.\nWhat it covers.",
				'outline'            => array(
					array(
						'heading' => 'Why compost',
						'level'   => 2,
					),
					array(
						'heading' => 'Bins for balconies',
						'level'   => 3,
					),
				),
				'suggested_keywords' => array( 'small garden compost', 'balcony compost' ),
				'content_type'       => 'page',
			)
		);

		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$idea = ( new Ideas_Repository() )->find( $response->get_data()['id'] );
		$this->assertSame( 'Compost in small gardens', $idea['title'] );
		$this->assertSame( "Who it is for.\nWhat it covers.", $idea['description'] );
		$this->assertSame( $this->cluster, $idea['cluster_id'] );
		$this->assertSame( 'Bins for balconies', $idea['outline'][1]['heading'] );
		$this->assertSame( 3, $idea['outline'][1]['level'] );
		$this->assertSame( array( 'small garden compost', 'balcony compost' ), $idea['suggested_keywords'] );
		$this->assertSame( 'page', $idea['content_type'] );
		$this->assertSame( 'draft', $idea['status'], 'a new idea waits for approval' );
	}

	public function test_refuses_what_the_form_refuses_and_names_the_field(): void {
		$cases = array(
			'title'              => array( 'title' => '   ' ),
			'title '             => array( 'title' => str_repeat( 't', 256 ) ),
			'cluster_id'         => array(
				'title'      => 'Compost',
				'cluster_id' => 999999,
			),
			'outline'            => array(
				'title'   => 'Compost',
				'outline' => array(
					array(
						'heading' => ' ',
						'level'   => 2,
					),
				),
			),
			'outline '           => array(
				'title'   => 'Compost',
				'outline' => array(
					array(
						'heading' => 'Why',
						'level'   => 4,
					),
				),
			),
			'suggested_keywords' => array(
				'title'              => 'Compost',
				'suggested_keywords' => array( 'compost', '' ),
			),
			'description'        => array(
				'title'       => 'Compost',
				'description' => str_repeat( 'd', 10001 ),
			),
		);
		foreach ( $cases as $field => $body ) {
			$response = $this->rest( 'POST', self::ROUTE, $body );
			$this->assert_rest_error( 'rest_invalid_param', 400, $response );
			$this->assertArrayHasKey( trim( $field ), $response->get_data()['data']['params'], (string) wp_json_encode( $response->get_data() ) );
		}
		$this->assertSame( 0, ( new Ideas_Repository() )->query( array() )['total'] );
	}

	public function test_edits_every_field_and_keeps_the_idea_when_an_edit_is_refused(): void {
		$id = $this->rest( 'POST', self::ROUTE, array( 'title' => 'Compost' ) )->get_data()['id'];

		$edited = $this->rest(
			'PATCH',
			self::ROUTE . '/' . $id,
			array(
				'title'              => 'Compost for beginners',
				'description'        => 'Start here.',
				'cluster_id'         => $this->cluster,
				'outline'            => array(
					array(
						'heading' => 'Greens and browns',
						'level'   => 2,
					),
				),
				'suggested_keywords' => array( 'compost for beginners' ),
			)
		);
		$this->assertSame( 200, $edited->get_status(), (string) wp_json_encode( $edited->get_data() ) );
		$this->assertSame( 'Compost for beginners', $edited->get_data()['title'] );
		$this->assertSame( 'Greens and browns', $edited->get_data()['outline'][0]['heading'] );

		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'title' => ' ' ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'cluster_id' => 999999 ) ) );
		$idea = ( new Ideas_Repository() )->find( $id );
		$this->assertSame( 'Compost for beginners', $idea['title'] );
		$this->assertSame( $this->cluster, $idea['cluster_id'] );

		$cleared = $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'cluster_id' => null ) );
		$this->assertNull( $cleared->get_data()['cluster_id'], 'null takes the idea out of its cluster' );
	}
}
