# Shared settings for scripts/wp/*.sh — sourced, never run.
# Every path derives from this file's location so the repo can live anywhere;
# IGNY8_STATE_DIR moves the git-ignored state (default: <repo>/.state).

IGNY8_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
IGNY8_WP_SCRIPTS="$IGNY8_REPO/scripts/wp"
IGNY8_STATE_DIR="${IGNY8_STATE_DIR:-$IGNY8_REPO/.state}"
WP_STATE="$IGNY8_STATE_DIR/wp"

# Which WordPress line: 7.1 (Debian sid, the newest) or 6.8 (trixie, the oldest supported).
WP_LINE="${IGNY8_WP_LINE:-7.1}"

# 1 (default): the repo's plugin/ is linked into wp-content/plugins/igny8, so edits apply at once.
# 0: a clean site, where the plugin is installed the way a user does (the release zip, uploaded).
WP_LINK_PLUGIN="${IGNY8_WP_LINK_PLUGIN:-1}"

WP_PORT="${IGNY8_WP_PORT:-8888}"
DB_PORT="${IGNY8_DB_PORT:-3307}"
WP_USER="${IGNY8_WP_USER:-admin}"
WP_PASSWORD="${IGNY8_WP_PASSWORD:-password}"
WP_URL="http://127.0.0.1:$WP_PORT"

WP_ROOT="$WP_STATE/root"
DB_DATA="$WP_STATE/mysql"
DB_PID="$WP_STATE/mysqld.pid"
DB_LOG="$WP_STATE/mysqld.log"
PHP_PID="$WP_STATE/php-server.pid"
PHP_LOG="$WP_STATE/php-server.log"

# A unix socket path must fit in 107 bytes; fall back to /tmp for deep state dirs.
DB_SOCK="$WP_STATE/mysqld.sock"
if [ "${#DB_SOCK}" -gt 100 ]; then
	DB_SOCK="/tmp/igny8-mysqld-$(printf '%s' "$WP_STATE" | md5sum | cut -c1-12).sock"
fi

say() { printf 'igny8 wp: %s\n' "$*"; }
die() { printf 'igny8 wp: ERROR: %s\n' "$*" >&2; exit 1; }

# True when a process with this pid is alive and its command line contains $2.
pid_matches() {
	local pid="$1" needle="$2"
	[ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
	tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$needle"
}

read_pid() { [ -f "$1" ] && tr -dc '0-9' <"$1" || true; }

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

db_client() { mariadb --no-defaults --socket="$DB_SOCK" -uroot "$@"; }
