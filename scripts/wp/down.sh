#!/usr/bin/env bash
# Stops the offline local WordPress runtime (npm run wp:down): the PHP web server's process
# group, then MariaDB with a clean shutdown. Idempotent; touches only the processes whose
# pids up.sh recorded. `--web-only` stops just the web server.
set -euo pipefail

# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# Waits up to $2 tenths of a second for pid $1 to exit.
wait_gone() {
	local pid="$1" tries="$2"
	while [ "$tries" -gt 0 ] && kill -0 "$pid" 2>/dev/null; do
		sleep 0.1
		tries=$((tries - 1))
	done
	! kill -0 "$pid" 2>/dev/null
}

stop_web_server() {
	local pid
	pid="$(read_pid "$PHP_PID")"
	if pid_matches "$pid" "php"; then
		# The server runs in its own process group (setsid), workers included.
		kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
		if ! wait_gone "$pid" 50; then
			kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
			wait_gone "$pid" 20 || die "could not stop the PHP web server (pid $pid)"
		fi
		say "stopped the PHP web server"
	fi
	rm -f "$PHP_PID"
}

stop_database() {
	local pid
	pid="$(read_pid "$DB_PID")"
	if pid_matches "$pid" "mariadbd"; then
		# SIGTERM is MariaDB's clean shutdown (flushes InnoDB); give it time before forcing.
		kill -TERM "$pid" 2>/dev/null || true
		if ! wait_gone "$pid" 600; then
			kill -KILL "$pid" 2>/dev/null || true
			wait_gone "$pid" 20 || die "could not stop MariaDB (pid $pid)"
			say "MariaDB did not stop within 60 s and was killed"
		fi
		say "stopped MariaDB"
	fi
	rm -f "$DB_PID"
}

stop_web_server
[ "${1:-}" = "--web-only" ] || stop_database
