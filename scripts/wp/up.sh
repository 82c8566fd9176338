#!/usr/bin/env bash
# Starts the offline local WordPress runtime (npm run wp:up).
#
# Why this exists: the project must run where Docker (and so wp-env) does not. Everything
# comes from the Debian archive this machine already uses: PHP and MariaDB as packages,
# WordPress from Debian's `wordpress` package — 7.1 from sid or 6.8 from trixie, chosen by
# IGNY8_WP_LINE — served by `php -S`.
#
# Idempotent. The first run provisions .state/wp/ (a minute or less); later runs only
# start what is not running. Environment: IGNY8_WP_LINE (6.8 or 7.1), IGNY8_WP_PORT (8888), IGNY8_DB_PORT (3307),
# IGNY8_WP_USER (admin), IGNY8_WP_PASSWORD (password), IGNY8_STATE_DIR (<repo>/.state),
# IGNY8_WP_LINK_PLUGIN (1; 0 leaves the plugin out, to be uploaded), IGNY8_WP_DEBS_CACHE (<state>/wp).
set -Eeuo pipefail

# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

DEBIAN_PACKAGES=(php8.2-cli php8.2-mysql php8.2-sqlite3 php8.2-gd php8.2-xml php8.2-mbstring
	php8.2-curl php8.2-zip php8.2-intl mariadb-server mariadb-client phpunit)
# The wordpress package's symlinks point into the other packages, so all are unpacked together.
WORDPRESS_DEBS=(wordpress wordpress-theme-twentytwentyfive libjs-underscore libjs-lodash
	libjs-cropper php-getid3)
case "$WP_LINE" in
	6.8) WP_SUITE=trixie ;;
	# 7.x also links jQuery UI and PHPMailer from their own packages.
	7.1) WP_SUITE=sid WORDPRESS_DEBS+=(libjs-jquery-ui libphp-phpmailer) ;;
	*) die "IGNY8_WP_LINE must be 6.8 or 7.1, not $WP_LINE" ;;
esac
# IGNY8_WP_DEBS_CACHE lets several sites of one test run share the downloaded packages.
WP_DEBS="${IGNY8_WP_DEBS_CACHE:-$WP_STATE}/debs-$WP_SUITE"
MIN_WP_VERSION=6.8
DATABASES=(igny8 igny8_test)

trap 'die "failed at line $LINENO (see messages above; logs in $WP_STATE)"' ERR

# --- 1. Debian packages ---------------------------------------------------------------------

ensure_packages() {
	local missing=() pkg installed
	installed=" $(dpkg-query -W -f='${db:Status-Abbrev}${Package} ' "${DEBIAN_PACKAGES[@]}" 2>/dev/null || true)"
	for pkg in "${DEBIAN_PACKAGES[@]}"; do
		[[ "$installed" == *" ii $pkg "* ]] || missing+=("$pkg")
	done
	[ "${#missing[@]}" -eq 0 ] && return 0

	[ "$(id -u)" -eq 0 ] || die "missing Debian packages: ${missing[*]} — install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}"
	say "installing Debian packages: ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	if ! apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
		say "install failed; refreshing the package lists and retrying"
		apt-get update -qq
		apt-get install -y -qq --no-install-recommends "${missing[@]}"
	fi
}

# --- 2. WordPress from Debian trixie or sid ------------------------------------------------

# Downloads packages from $WP_SUITE without touching the machine's own apt state: a private
# sources list (the machine's own main mirror, release renamed), lists and cache under .state/wp/apt.
apt_download_suite() {
	local apt="$WP_STATE/apt" sources uri keyring
	rm -rf "$apt"
	mkdir -p "$apt/lists/partial" "$apt/parts" "$apt/cache/archives/partial"
	if [ -f /etc/apt/sources.list.d/debian.sources ]; then
		# Only the main archive: sid has no -updates or -security suites.
		uri="$(awk '/^URIs:/ && $2 !~ /security/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)"
		keyring="$(awk '/^Signed-By:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)"
		sources="$apt/$WP_SUITE.sources" # deb822 format, recognised by the .sources suffix
		printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: %s\n' \
			"${uri:-http://deb.debian.org/debian}" "$WP_SUITE" "${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}" >"$sources"
	elif [ -f /etc/apt/sources.list ] && grep -q '^deb ' /etc/apt/sources.list; then
		sources="$apt/$WP_SUITE.list"
		grep '^deb ' /etc/apt/sources.list | grep -v security | head -n1 | sed -E "s/^(deb( \[[^]]*\])? [^ ]+) [^ ]+/\1 $WP_SUITE/" >"$sources"
	else
		die "no Debian apt sources found (/etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list)"
	fi
	local opts=(-o "Dir::Etc::sourcelist=$sources" -o "Dir::Etc::sourceparts=$apt/parts"
		-o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache")
	[ "$(id -u)" -eq 0 ] && opts+=(-o APT::Sandbox::User=root)

	say "fetching WordPress $WP_LINE from Debian $WP_SUITE: $*"
	apt-get "${opts[@]}" -qq update || die "apt-get update for $WP_SUITE failed (is the Debian mirror reachable?)"
	(cd "$WP_DEBS" && apt-get "${opts[@]}" -qq download "$@") || die "apt-get download failed for: $*"
	rm -rf "$apt"
}

# The major.minor of the WordPress in $1, or nothing.
wp_line_of() {
	[ -f "$1/wp-includes/version.php" ] && php -r 'include $argv[1]; echo implode(".", array_slice(explode(".", $wp_version), 0, 2));' "$1/wp-includes/version.php"
}

ensure_wordpress() {
	local current
	current="$(wp_line_of "$WP_ROOT" || true)"
	if [ "$current" = "$WP_LINE" ]; then return 0; fi
	# Another line in this state folder: its files are replaced; the databases stay (and are upgraded).
	[ -n "$current" ] && say "replacing WordPress $current with $WP_LINE in $WP_ROOT"

	mkdir -p "$WP_DEBS"
	local pkg missing=()
	for pkg in "${WORDPRESS_DEBS[@]}"; do
		compgen -G "$WP_DEBS/${pkg}_*.deb" >/dev/null || missing+=("$pkg")
	done
	[ "${#missing[@]}" -eq 0 ] || apt_download_suite "${missing[@]}"

	local tmp="$WP_STATE/unpack.tmp" deb link target
	rm -rf "$tmp" "$WP_ROOT.tmp"
	mkdir -p "$tmp"
	for pkg in "${WORDPRESS_DEBS[@]}"; do
		deb="$(compgen -G "$WP_DEBS/${pkg}_*.deb" | sort -V | tail -n1)"
		dpkg -x "$deb" "$tmp"
	done

	local wp="$tmp/usr/share/wordpress"
	rm -f "$wp/.htaccess" # points at /etc/wordpress/htaccess; Apache-only anyway
	# Absolute links (e.g. the CA bundle) may point into the unpacked tree or at the host.
	while IFS= read -r link; do
		target="$(readlink "$link")"
		if [ "${target#/}" != "$target" ] && [ -e "$tmp$target" ]; then
			ln -sfn "$tmp$target" "$link"
		elif [ ! -e "$link" ]; then
			say "dropping dangling link ${link#"$wp"/} -> $target"
			rm -f "$link"
		fi
	done < <(find "$wp" -type l)

	cp -rL "$wp" "$WP_ROOT.tmp"
	rm -rf "$tmp"
	# Debian's wp-config.php reads /etc/wordpress; the project writes its own below.
	rm -f "$WP_ROOT.tmp/wp-config.php" "$WP_ROOT.tmp/wp-config-sample.php"
	rm -rf "$WP_ROOT.tmp/wp-content/plugins/akismet"

	local version
	version="$(php -r 'include $argv[1]; echo $wp_version;' "$WP_ROOT.tmp/wp-includes/version.php")"
	php -r 'exit(version_compare($argv[1], $argv[2], ">=") ? 0 : 1);' "$version" "$MIN_WP_VERSION" ||
		die "Debian's wordpress package is $version; IGNY8 needs $MIN_WP_VERSION or newer"
	case "$version" in "$WP_LINE" | "$WP_LINE".*) ;; *) die "Debian $WP_SUITE's wordpress package is $version, not $WP_LINE" ;; esac
	rm -rf "$WP_ROOT"
	mv "$WP_ROOT.tmp" "$WP_ROOT"
	say "WordPress $version unpacked into $WP_ROOT"
}

# --- 3. MariaDB ------------------------------------------------------------------------------

start_database() {
	local pid
	pid="$(read_pid "$DB_PID")"
	if pid_matches "$pid" mariadbd && ! pid_matches "$pid" "--port=$DB_PORT "; then
		say "restarting MariaDB (port changed)"
		bash "$IGNY8_WP_SCRIPTS/down.sh"
	fi
	if ! pid_matches "$pid" mariadbd; then
		if [ ! -d "$DB_DATA/mysql" ]; then
			say "initialising MariaDB data directory"
			rm -rf "$DB_DATA.tmp"
			local user_opt=()
			[ "$(id -u)" -eq 0 ] && user_opt=(--user=root)
			mariadb-install-db --no-defaults --datadir="$DB_DATA.tmp" "${user_opt[@]}" \
				--auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
				>"$WP_STATE/mysql-install.log" 2>&1 ||
				die "mariadb-install-db failed; see $WP_STATE/mysql-install.log"
			mv "$DB_DATA.tmp" "$DB_DATA"
		fi
		port_open "$DB_PORT" && die "port $DB_PORT is taken by another program; set IGNY8_DB_PORT to a free port"

		local args=(--no-defaults --datadir="$DB_DATA" --socket="$DB_SOCK" --port="$DB_PORT"
			--bind-address=127.0.0.1 --pid-file="$DB_PID" --log-error="$DB_LOG" --skip-name-resolve
			--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
			--innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=2 --max-connections=200
			--log-warnings=1)
		[ "$(id -u)" -eq 0 ] && args+=(--user=root)
		say "starting MariaDB on 127.0.0.1:$DB_PORT"
		rm -f "$DB_PID"
		# setsid: own session and process group, so the server outlives this shell and
		# down.sh can stop exactly it. The launcher records its pid before exec'ing mariadbd.
		setsid bash -c 'echo $$ >"$0"; exec "$@"' "$DB_PID" mariadbd "${args[@]}" \
			</dev/null >>"$DB_LOG" 2>&1 9>&- &
		local i
		for i in $(seq 1 150); do
			mariadb-admin --no-defaults --socket="$DB_SOCK" -uroot ping >/dev/null 2>&1 && break
			pid="$(read_pid "$DB_PID")"
			if [ -n "$pid" ] && ! pid_matches "$pid" mariadbd; then
				tail -n 20 "$DB_LOG" >&2 || true
				die "MariaDB exited during start-up; see $DB_LOG"
			fi
			sleep 0.2
		done
		mariadb-admin --no-defaults --socket="$DB_SOCK" -uroot ping >/dev/null 2>&1 ||
			die "MariaDB did not answer within 30 s; see $DB_LOG"
	fi

	# Databases named igny8* belong to the igny8 user, so extra ones (e.g. for e2e) just work.
	db_client <<-SQL || die "could not create the databases; see $DB_LOG"
		CREATE DATABASE IF NOT EXISTS \`igny8\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE DATABASE IF NOT EXISTS \`igny8_test\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE USER IF NOT EXISTS 'igny8'@'127.0.0.1' IDENTIFIED BY 'igny8';
		CREATE USER IF NOT EXISTS 'igny8'@'localhost' IDENTIFIED BY 'igny8';
		GRANT ALL PRIVILEGES ON \`igny8%\`.* TO 'igny8'@'127.0.0.1';
		GRANT ALL PRIVILEGES ON \`igny8%\`.* TO 'igny8'@'localhost';
	SQL
}

# --- 4. Configuration ------------------------------------------------------------------------

# Writes $1 from stdin only when the content changed (keeps mtimes and opcache stable).
write_if_changed() {
	local file="$1" tmp="$1.tmp.$$"
	cat >"$tmp"
	if [ -f "$file" ] && cmp -s "$tmp" "$file"; then rm -f "$tmp"; else mv "$tmp" "$file"; fi
}

write_config() {
	local salts="$WP_STATE/salts.php"
	if [ ! -f "$salts" ]; then
		php -r '
			echo "<?php\n// Generated once by scripts/wp/up.sh; kept so logins survive restarts.\n";
			foreach (["AUTH_KEY","SECURE_AUTH_KEY","LOGGED_IN_KEY","NONCE_KEY","AUTH_SALT","SECURE_AUTH_SALT","LOGGED_IN_SALT","NONCE_SALT"] as $k) {
				$v = strtr(base64_encode(random_bytes(48)), "+/", "-_");
				echo "define( \x27$k\x27, \x27$v\x27 );\n";
			}' >"$salts.tmp"
		mv "$salts.tmp" "$salts"
	fi

	write_if_changed "$WP_ROOT/wp-config.php" <<-PHP
		<?php
		/**
		 * IGNY8 local runtime configuration. Generated by scripts/wp/up.sh on every run:
		 * edit the script, not this file.
		 */

		// Which database: igny8 for the site, igny8_test for PHPUnit (set by phpunit.xml.dist).
		define( 'DB_NAME', getenv( 'IGNY8_DB_NAME' ) ?: 'igny8' );
		define( 'DB_USER', 'igny8' );
		define( 'DB_PASSWORD', 'igny8' );
		define( 'DB_HOST', '127.0.0.1:$DB_PORT' );
		define( 'DB_CHARSET', 'utf8mb4' );
		define( 'DB_COLLATE', '' );
		\$table_prefix = 'wp_';

		require '$salts';

		define( 'WP_HOME', '$WP_URL' );
		define( 'WP_SITEURL', '$WP_URL' );
		// PHPUnit sets IGNY8_WP_ENVIRONMENT_TYPE (phpunit.xml.dist) so the tests see the rules of a non-local site.
		define( 'WP_ENVIRONMENT_TYPE', getenv( 'IGNY8_WP_ENVIRONMENT_TYPE' ) ?: 'local' );

		define( 'WP_DEBUG', true );
		define( 'WP_DEBUG_LOG', '$WP_STATE/debug.log' );
		define( 'WP_DEBUG_DISPLAY', false );
		define( 'SCRIPT_DEBUG', false );

		// Offline: WordPress may only talk to this machine (the Worker and itself).
		define( 'WP_HTTP_BLOCK_EXTERNAL', true );
		define( 'WP_ACCESSIBLE_HOSTS', '127.0.0.1,localhost' );
		define( 'AUTOMATIC_UPDATER_DISABLED', true );
		define( 'WP_AUTO_UPDATE_CORE', false );

		define( 'FS_METHOD', 'direct' );
		define( 'DISABLE_WP_CRON', false );

		if ( ! defined( 'ABSPATH' ) ) {
			define( 'ABSPATH', __DIR__ . '/' );
		}
		require_once ABSPATH . 'wp-settings.php';
	PHP

	# Read by scripts/wp/runtime.php (rest.php, eval.php, PHPUnit's bootstrap).
	write_if_changed "$WP_STATE/runtime.json" <<-JSON
		{
			"root": "$WP_ROOT",
			"url": "$WP_URL",
			"wp_port": $WP_PORT,
			"db_host": "127.0.0.1",
			"db_port": $DB_PORT,
			"db_user": "igny8",
			"db_password": "igny8",
			"admin_user": "$WP_USER",
			"plugin_dir": "$IGNY8_REPO/plugin"
		}
	JSON

	# The plugin and the offline must-use plugin are linked, so edits apply without a copy.
	mkdir -p "$WP_ROOT/wp-content/mu-plugins" "$WP_ROOT/wp-content/uploads"
	ln -sfn "$IGNY8_WP_SCRIPTS/mu-plugins/igny8-offline.php" "$WP_ROOT/wp-content/mu-plugins/igny8-offline.php"
	# The official MCP Adapter (a test fixture from ../shared, never bundled) sits inactive in the
	# plugins folder on lines with the Abilities API; the MCP spec activates it for its run.
	local adapter="$IGNY8_REPO/../shared/wordpress-plugins/mcp-adapter"
	if [ "$WP_LINE" != 6.8 ] && [ -f "$adapter/mcp-adapter.php" ]; then
		ln -sfn "$(cd "$adapter" && pwd)" "$WP_ROOT/wp-content/plugins/mcp-adapter"
	fi
	# WooCommerce 10.2 (a test fixture from ../shared, never bundled; it supports 6.7+) sits inactive
	# beside it on every line: the shop specs and PHPUnit's product tests load it for their own run.
	local shop="$IGNY8_REPO/../shared/wordpress-plugins/woocommerce"
	if [ -f "$shop/woocommerce.php" ]; then
		ln -sfn "$(cd "$shop" && pwd)" "$WP_ROOT/wp-content/plugins/woocommerce"
	fi
	if [ "$WP_LINK_PLUGIN" = 1 ]; then
		ln -sfn "$IGNY8_REPO/plugin" "$WP_ROOT/wp-content/plugins/igny8"
	elif [ -L "$WP_ROOT/wp-content/plugins/igny8" ]; then
		# Never leave a link: deleting the uploaded plugin from wp-admin would delete through it into the repo.
		rm -f "$WP_ROOT/wp-content/plugins/igny8"
	fi
}

# --- 5. Install WordPress into each database ---------------------------------------------------

install_sites() {
	# The databases are independent, so they are set up side by side.
	local db pids=() failed=()
	for db in "${DATABASES[@]}"; do
		IGNY8_DB_NAME="$db" IGNY8_WP_USER="$WP_USER" IGNY8_WP_PASSWORD="$WP_PASSWORD" \
			php "$IGNY8_WP_SCRIPTS/install.php" &
		pids+=("$!")
	done
	local i
	for i in "${!pids[@]}"; do
		wait "${pids[$i]}" || failed+=("${DATABASES[$i]}")
	done
	[ "${#failed[@]}" -eq 0 ] || die "setting up WordPress failed in database(s): ${failed[*]} (messages above)"
}

# --- 6. PHP's built-in web server --------------------------------------------------------------

start_web_server() {
	local pid
	pid="$(read_pid "$PHP_PID")"
	if pid_matches "$pid" "-S 127.0.0.1:$WP_PORT "; then return 0; fi
	if pid_matches "$pid" "php"; then
		say "restarting the web server (port changed)"
		bash "$IGNY8_WP_SCRIPTS/down.sh" --web-only
	fi
	port_open "$WP_PORT" && die "port $WP_PORT is taken by another program; set IGNY8_WP_PORT to a free port"

	# Keep the request log from growing without bound across many runs.
	if [ -f "$PHP_LOG" ] && [ "$(stat -c %s "$PHP_LOG")" -gt 20000000 ]; then mv -f "$PHP_LOG" "$PHP_LOG.1"; fi
	say "starting PHP's web server on $WP_URL"
	rm -f "$PHP_PID"
	PHP_CLI_SERVER_WORKERS=4 setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PHP_PID" \
		php -d memory_limit=512M -d upload_max_filesize=64M -d post_max_size=64M \
		-d max_execution_time=300 -d opcache.enable=1 -d opcache.enable_cli=1 \
		-d opcache.validate_timestamps=1 -d opcache.revalidate_freq=0 \
		-S "127.0.0.1:$WP_PORT" -t "$WP_ROOT" "$IGNY8_WP_SCRIPTS/router.php" \
		</dev/null >>"$PHP_LOG" 2>&1 9>&- &
	local i
	for i in $(seq 1 100); do
		port_open "$WP_PORT" && return 0
		# The launcher writes its pid a moment after it starts: no pid yet is not a failure.
		pid="$(read_pid "$PHP_PID")"
		if [ -n "$pid" ] && ! pid_matches "$pid" php; then
			tail -n 20 "$PHP_LOG" >&2 || true
			die "the PHP web server exited during start-up; see $PHP_LOG"
		fi
		sleep 0.1
	done
	die "the PHP web server did not listen on port $WP_PORT within 10 s; see $PHP_LOG"
}

check_site() {
	local path code
	for path in /wp-login.php /wp-json/; do
		if command -v curl >/dev/null; then
			code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$WP_URL$path" || true)"
		else
			code="$(php -r '@file_get_contents($argv[1]); echo explode(" ", $http_response_header[0] ?? "x 000")[1];' "$WP_URL$path" || true)"
		fi
		[ "$code" = 200 ] || die "$WP_URL$path answered HTTP ${code:-nothing} (expected 200); see $PHP_LOG and $WP_STATE/debug.log"
	done
}

main() {
	mkdir -p "$WP_STATE"
	# One run at a time (npm start and a test runner may both call wp:up). The servers
	# started below must not inherit this descriptor, or they would hold the lock.
	exec 9>"$WP_STATE/up.lock"
	flock 9
	ensure_packages
	ensure_wordpress
	start_database
	write_config
	install_sites
	start_web_server
	check_site
	say "ready: $WP_URL/wp-admin/  (login: $WP_USER / $WP_PASSWORD)"
}

main "$@"
