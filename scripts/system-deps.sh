#!/usr/bin/env bash
# Installs the Debian packages the local stack needs (PHP 8.2, MariaDB) and,
# with the argument "test", what the tests need too (PHPUnit, Chromium); only
# those missing. Needs root or sudo.
set -euo pipefail
packages=(php8.2-cli php8.2-mysql php8.2-sqlite3 php8.2-gd php8.2-xml php8.2-mbstring
  php8.2-curl php8.2-zip php8.2-intl mariadb-server mariadb-client)
[ "${1:-}" = "test" ] && packages+=(phpunit chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "igny8: installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
