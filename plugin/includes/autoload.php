<?php
/**
 * Class autoloader for the Igny8\ namespace.
 *
 * Maps Igny8\Foo\Bar_Baz to includes/Foo/Bar_Baz.php. Class names and file names are the same
 * (Pascal_Snake), so the mapping needs no table and no Composer.
 *
 * @package Igny8
 */

declare( strict_types=1 );

namespace Igny8;

defined( 'ABSPATH' ) || exit;

spl_autoload_register(
	/**
	 * Loads one Igny8 class file, or does nothing for classes outside the namespace.
	 *
	 * @since 0.1.0
	 *
	 * @param string $class_name Fully qualified class name.
	 */
	static function ( string $class_name ): void {
		$prefix = __NAMESPACE__ . '\\';
		if ( 0 !== strpos( $class_name, $prefix ) ) {
			return;
		}

		$relative = substr( $class_name, strlen( $prefix ) );
		// Only plain identifiers separated by backslashes; nothing that could walk the file system.
		if ( ! preg_match( '/^[A-Za-z0-9_]+(\\\\[A-Za-z0-9_]+)*$/', $relative ) ) {
			return;
		}

		$file = __DIR__ . '/' . str_replace( '\\', '/', $relative ) . '.php';
		if ( is_readable( $file ) ) {
			require_once $file;
		}
	}
);
