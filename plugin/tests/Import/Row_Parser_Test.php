<?php
/**
 * Parsing keyword rows.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Import;

use Igny8\Import\Row_Parser;
use Igny8\Tests\TestCase;

/**
 * Values as the tools print them, and the reasons for rejecting rows.
 */
final class Row_Parser_Test extends TestCase {

	private const MAPPING = array(
		'keyword'       => 0,
		'search_volume' => 1,
		'difficulty'    => 2,
		'intent'        => 3,
	);

	public function test_volumes_numbers_suffixes_and_keyword_planner_ranges(): void {
		$this->assertSame( 1200, Row_Parser::volume( '1,200' ) );
		$this->assertSame( 1200, Row_Parser::volume( '1.2K' ) );
		$this->assertSame( 3000000, Row_Parser::volume( '3M' ) );
		$this->assertSame( 5000, Row_Parser::volume( '5000' ), 'bucketed values stay' );
		$this->assertSame( 3162, Row_Parser::volume( '1K – 10K' ), 'geometric midpoint' );
		$this->assertSame( 32, Row_Parser::volume( '10 - 100' ) );
		$this->assertSame( 316, Row_Parser::volume( '100 – 1K' ) );
		$this->assertSame( 5, Row_Parser::volume( '0 – 10' ) );
		$this->assertFalse( Row_Parser::volume( 'lots' ) );
		$this->assertFalse( Row_Parser::volume( '-5' ) );
	}

	public function test_intents_words_and_semrush_codes(): void {
		$parser = new Row_Parser( self::MAPPING );
		$this->assertSame( 'commercial', $parser->parse( array( 'a', '1', '2', '0' ) )['intent'] );
		$this->assertSame( 'informational', $parser->parse( array( 'a', '1', '2', '1,3' ) )['intent'] );
		$this->assertSame( 'navigational', $parser->parse( array( 'a', '1', '2', '2' ) )['intent'] );
		$this->assertSame( 'transactional', $parser->parse( array( 'a', '1', '2', '3' ) )['intent'] );
		$this->assertSame( 'commercial', $parser->parse( array( 'a', '1', '2', 'Commercial, Informational' ) )['intent'] );
		$this->assertNull( $parser->parse( array( 'a', '1', '2', '' ) )['intent'] );

		$flags = new Row_Parser( array( 'keyword' => 0, 'intent_flags' => array( 'informational' => 1, 'commercial' => 2 ) ) );
		$this->assertSame( 'commercial', $flags->parse( array( 'a', 'false', 'true' ) )['intent'] );
	}

	public function test_empty_metrics_stay_unknown_and_spacing_is_normalised(): void {
		$row = ( new Row_Parser( self::MAPPING ) )->parse( array( "  Best\tcompost\u{00A0} bin ", '', '', '' ) );
		$this->assertSame( array( 'keyword' => 'Best compost bin', 'search_volume' => null, 'difficulty' => null, 'intent' => null ), $row );
	}

	public function test_rejections_say_why(): void {
		$parser = new Row_Parser( self::MAPPING );
		$this->assertSame( 'the keyword is empty', $parser->parse( array( ' ', '1', '2', '' ) ) );
		$this->assertSame( 'expected at least 4 columns, found 2', $parser->parse( array( 'a', '1' ) ) );
		$this->assertSame( 'search volume "n/a" is not a number', $parser->parse( array( 'a', 'n/a', '2', '' ) ) );
		$this->assertSame( 'difficulty "101" is not a number from 0 to 100', $parser->parse( array( 'a', '1', '101', '' ) ) );
		$this->assertSame( 'the keyword is longer than 255 characters', $parser->parse( array( str_repeat( 'k', 256 ), '1', '2', '' ) ) );
		$this->assertSame( 'the keyword is not valid text (UTF-8)', $parser->parse( array( "bad\xC3", '1', '2', '' ) ) );
	}
}
