<?php
/**
 * Red team: what a contributor (or an author) can do to other people's posts and site-wide settings.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Red_Team;

use Igny8\Security\Capabilities;
use Igny8\Storage\Schema;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\TestCase;

/**
 * Each test is one attack, dispatched through the REST server as each of WordPress's five roles.
 * IGNY8's capabilities decide who may use a module; edit_post decides whose posts an action may touch.
 */
final class Role_Escalation_Test extends TestCase {

	private const ROLES = array( 'administrator', 'editor', 'author', 'contributor', 'subscriber' );

	public function test_a_contributor_cannot_replace_the_images_of_an_editors_published_post(): void {
		$task = $this->task_of_an_editors_published_post();

		foreach ( self::ROLES as $role ) {
			$this->as_user( $this->create_user( $role ) );
			$response = $this->rest( 'POST', '/igny8/v1/writer/tasks/generate_images', array( 'ids' => array( $task ) ) );

			if ( in_array( $role, array( 'administrator', 'editor' ), true ) ) {
				// Not connected to a cloud here, so the job cannot start, but the permission checks let it through.
				$this->assertNotContains( $response->get_status(), array( 401, 403 ), $role );
			} else {
				$this->assert_rest_error( 'rest_forbidden', 403, $response );
			}
		}
	}

	public function test_a_contributor_cannot_rewrite_an_editors_published_post_through_generate_content(): void {
		$task = $this->task_of_an_editors_published_post();

		foreach ( array( 'author', 'contributor', 'subscriber' ) as $role ) {
			$this->as_user( $this->create_user( $role ) );
			$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'POST', '/igny8/v1/writer/tasks/generate_content', array( 'ids' => array( $task ) ) ) );
		}
	}

	public function test_a_contributor_cannot_rewrite_the_site_wide_author_profiles(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$id = (string) $this->rest( 'POST', '/igny8/v1/system/author-profiles', array( 'name' => 'House voice', 'tone' => 'calm' ) )->get_data()['id'];

		foreach ( self::ROLES as $role ) {
			$this->as_user( $this->create_user( $role ) );
			$created = $this->rest( 'POST', '/igny8/v1/system/author-profiles', array( 'name' => 'Shouty', 'tone' => 'ALL CAPS' ) );
			$changed = $this->rest( 'PATCH', '/igny8/v1/system/author-profiles/' . $id, array( 'tone' => 'ALL CAPS' ) );
			$deleted = $this->rest( 'DELETE', '/igny8/v1/system/author-profiles/' . $id );

			if ( 'administrator' === $role ) {
				$this->assertSame( 201, $created->get_status() );
				$this->assertSame( 200, $changed->get_status() );
				$this->assertSame( 200, $deleted->get_status() );
				continue;
			}
			$this->assert_rest_error( 'rest_forbidden', 403, $created );
			$this->assert_rest_error( 'rest_forbidden', 403, $changed );
			$this->assert_rest_error( 'rest_forbidden', 403, $deleted );
		}
	}

	public function test_a_contributor_cannot_list_other_users_private_drafts(): void {
		$editor  = $this->create_user( 'editor' );
		$draft   = $this->managed_post( $editor, 'draft' );
		$private = $this->managed_post( $editor, 'private' );
		$public  = $this->managed_post( $editor, 'publish' );
		// Only this test's posts: other tests leave managed posts of their own.
		$mine = array(
			'search'   => 'Hellebores',
			'per_page' => 100,
		);

		foreach ( self::ROLES as $role ) {
			$this->as_user( $this->create_user( $role ) );
			$writer    = $this->rest( 'GET', '/igny8/v1/writer/content', $mine );
			$optimizer = $this->rest( 'GET', '/igny8/v1/optimizer/posts', $mine + array( 'scored' => 'unscored' ) );

			if ( in_array( $role, array( 'contributor', 'subscriber' ), true ) ) {
				$this->assert_rest_error( 'rest_forbidden', 403, $writer );
				$this->assert_rest_error( 'rest_forbidden', 403, $optimizer );
				continue;
			}
			$listed    = array_column( $writer->get_data(), 'id' );
			$published = array_column( $this->rest( 'GET', '/igny8/v1/writer/content', $mine + array( 'status' => 'publish' ) )->get_data(), 'id' );
			$this->assertContains( $public, $published, $role );
			if ( 'author' === $role ) {
				$this->assertNotContains( $draft, $listed );
				$this->assertNotContains( $private, $listed );
				$this->assertSame( count( $listed ), (int) $writer->get_headers()['X-WP-Total'], 'the total counts hidden posts' );
				$this->assertNotContains( $draft, array_column( $optimizer->get_data(), 'id' ) );
				$this->assertNotContains( $private, array_column( $this->rest( 'GET', '/igny8/v1/writer/content', $mine + array( 'status' => 'private' ) )->get_data(), 'id' ) );
			} else {
				$this->assertEqualsCanonicalizing( array( $draft, $private, $public ), $listed, $role );
			}
		}
	}

	public function test_an_author_cannot_plan_for_the_whole_site_unless_an_agency_lets_authors_plan(): void {
		$this->as_user( $this->create_user( 'author' ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'POST', '/igny8/v1/planner/keywords', array( 'keyword' => 'leaf mould' ) ) );

		add_filter( 'igny8_capability_grants', static fn ( array $grants ): array => array( Capabilities::PLAN => 'publish_posts' ) + $grants );
		get_role( 'author' )->remove_cap( Capabilities::PLAN );
		Capabilities::install();

		$this->as_user( $this->create_user( 'author' ) );
		$this->assertSame( 201, $this->rest( 'POST', '/igny8/v1/planner/keywords', array( 'keyword' => 'leaf mould' ) )->get_status() );
		$this->assertFalse( get_role( 'contributor' )->has_cap( Capabilities::PLAN ) );
	}

	public function test_a_site_upgraded_from_the_edit_posts_default_takes_the_capabilities_back_from_contributors(): void {
		$contributor = get_role( 'contributor' );
		$contributor->add_cap( Capabilities::PLAN );
		$contributor->add_cap( Capabilities::WRITE );
		// An agency that gave a custom role without edit_posts the write capability meant it.
		add_role( 'igny8_reviewer', 'Reviewer', array( 'read' => true, Capabilities::WRITE => true ) );
		update_option( Schema::VERSION_OPTION, '4' );

		( new Schema() )->maybe_upgrade();

		$this->assertFalse( get_role( 'contributor' )->has_cap( Capabilities::PLAN ) );
		$this->assertFalse( get_role( 'contributor' )->has_cap( Capabilities::WRITE ) );
		$this->assertTrue( get_role( 'igny8_reviewer' )->has_cap( Capabilities::WRITE ) );
		$this->assertTrue( get_role( 'editor' )->has_cap( Capabilities::PLAN ) );
		$this->assertTrue( get_role( 'author' )->has_cap( Capabilities::WRITE ) );
		remove_role( 'igny8_reviewer' );
	}

	/**
	 * A writer task whose article is an editor's published post.
	 */
	private function task_of_an_editors_published_post(): int {
		$post = $this->managed_post( $this->create_user( 'editor' ), 'publish' );
		$repo = new Tasks_Repository();
		$task = (int) $repo->insert( array( 'title' => 'Pruning roses' ) );
		$repo->mark_completed( $task, $post, (string) get_permalink( $post ) );
		return $task;
	}

	/**
	 * A post IGNY8 manages, by the given user, in the given status.
	 */
	private function managed_post( int $author, string $status ): int {
		$post = $this->create_post(
			array(
				'post_title'   => 'Hellebores ' . $status,
				'post_author'  => $author,
				'post_status'  => $status,
				'post_content' => '<p>Roses.</p>',
			)
		);
		update_post_meta( $post, '_igny8_managed', '1' );
		return $post;
	}
}
