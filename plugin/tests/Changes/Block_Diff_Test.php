<?php
/**
 * Block-level diffs that can be taken back after later changes.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Changes;

use Igny8\Changes\Block_Diff;
use Igny8\Tests\TestCase;

/**
 * A change is found again by its blocks, not its position: reverting it leaves later changes
 * around it alone, and refuses when a block it made was changed since.
 */
final class Block_Diff_Test extends TestCase {

	private static function p( string $text ): string {
		return "<!-- wp:paragraph -->\n<p>{$text}</p>\n<!-- /wp:paragraph -->";
	}

	private static function doc( string ...$blocks ): string {
		return implode( "\n\n", $blocks );
	}

	public function test_a_diff_names_the_changed_inserted_and_removed_runs_with_their_neighbours(): void {
		$hunks = Block_Diff::diff( self::doc( self::p( 'A' ), self::p( 'B' ), self::p( 'C' ), self::p( 'D' ) ), self::doc( self::p( 'A' ), self::p( 'B2' ), self::p( 'C' ), self::p( 'New' ) ) );

		$this->assertCount( 2, $hunks );
		$this->assertSame( array( array( self::p( 'B' ) ), array( self::p( 'B2' ) ), self::p( 'A' ), self::p( 'C' ) ), array( $hunks[0]['before'], $hunks[0]['after'], $hunks[0]['prev'], $hunks[0]['next'] ) );
		$this->assertSame( array( array( self::p( 'D' ) ), array( self::p( 'New' ) ), self::p( 'C' ), null ), array( $hunks[1]['before'], $hunks[1]['after'], $hunks[1]['prev'], $hunks[1]['next'] ) );
		$this->assertSame( array(), Block_Diff::diff( self::doc( self::p( 'A' ) ), "\n\n" . self::p( 'A' ) . "\n" ), 'whitespace between blocks is not a change' );
	}

	public function test_reverting_an_older_change_keeps_the_blocks_later_changes_made(): void {
		$before = self::doc( self::p( 'Intro' ), self::p( 'Body' ), self::p( 'End' ) );
		$after  = self::doc( self::p( 'Intro' ), self::p( 'Body' ), self::p( 'Takeaways' ), self::p( 'End' ) );
		$hunks  = Block_Diff::diff( $before, $after );
		// Later: a link into "Body", a new section at the top and one before "End".
		$now = self::doc( self::p( 'Section' ), self::p( 'Intro' ), self::p( 'Body with <a href="/x">link</a>' ), self::p( 'Takeaways' ), self::p( 'More' ), self::p( 'End' ) );

		$reverted = Block_Diff::patch( $now, $hunks, 'revert' );

		$this->assertSame( array(), $reverted['conflicts'] );
		$this->assertSame( self::doc( self::p( 'Section' ), self::p( 'Intro' ), self::p( 'Body with <a href="/x">link</a>' ), self::p( 'More' ), self::p( 'End' ) ), $reverted['content'] );
		// The revert is a change of its own; reverting that puts the block back exactly where it was.
		$undo = Block_Diff::diff( $now, (string) $reverted['content'] );
		$this->assertSame( $now, Block_Diff::patch( (string) $reverted['content'], $undo, 'revert' )['content'] );
		// Applying the old change again finds its place by the neighbour that is still there.
		$this->assertSame( self::doc( self::p( 'Section' ), self::p( 'Intro' ), self::p( 'Body with <a href="/x">link</a>' ), self::p( 'More' ), self::p( 'Takeaways' ), self::p( 'End' ) ), Block_Diff::patch( (string) $reverted['content'], $hunks, 'apply' )['content'] );
	}

	public function test_reverting_refuses_when_a_block_the_change_made_was_changed_since(): void {
		$hunks = Block_Diff::diff( self::doc( self::p( 'Intro' ), self::p( 'Body' ) ), self::doc( self::p( 'Intro' ), self::p( 'Body rewritten' ) ) );

		$reverted = Block_Diff::patch( self::doc( self::p( 'Intro' ), self::p( 'Body rewritten with <a href="/x">a link</a>' ) ), $hunks, 'revert' );

		$this->assertNull( $reverted['content'] );
		$this->assertSame( array( 0 ), $reverted['conflicts'] );
		$later = Block_Diff::diff( self::doc( self::p( 'Intro' ), self::p( 'Body rewritten' ) ), self::doc( self::p( 'Intro' ), self::p( 'Body rewritten with <a href="/x">a link</a>' ) ) );
		$this->assertTrue( Block_Diff::touches( $hunks, $later ) );
		$this->assertFalse( Block_Diff::touches( $hunks, Block_Diff::diff( self::p( 'Intro' ), self::p( 'Other' ) ) ) );
	}

	public function test_a_removal_is_put_back_between_its_neighbours_and_refused_when_both_are_gone(): void {
		$hunks = Block_Diff::diff( self::doc( self::p( 'A' ), self::p( 'Old' ), self::p( 'B' ) ), self::doc( self::p( 'A' ), self::p( 'B' ) ) );

		$this->assertSame( self::doc( self::p( 'Top' ), self::p( 'A' ), self::p( 'Old' ), self::p( 'B' ) ), Block_Diff::patch( self::doc( self::p( 'Top' ), self::p( 'A' ), self::p( 'B' ) ), $hunks, 'revert' )['content'] );
		$this->assertSame( array( 0 ), Block_Diff::patch( self::doc( self::p( 'A2' ), self::p( 'B2' ) ), $hunks, 'revert' )['conflicts'] );
	}
}
