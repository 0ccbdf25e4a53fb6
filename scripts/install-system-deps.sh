#!/usr/bin/env bash
# The browsers and fonts the real-browser tests and `npm start` need, from Debian's packages, installed only
# when missing. Needs root (CI runs as root); prints what to do otherwise.
set -euo pipefail
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || need+=(firefox-esr)
if ! { command -v fc-list >/dev/null && fc-list | grep -qi 'Noto Sans CJK'; }; then need+=(fonts-noto-cjk fontconfig); fi
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "missing: ${need[*]} — install them with: sudo apt-get install --no-install-recommends ${need[*]}" >&2
  exit 1
fi
echo "installing: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
