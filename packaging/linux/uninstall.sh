#!/bin/sh
# Remove Marginalia: the application folder, the command links, menu entry, icons and MIME
# type. User data is kept: each user's databases, backups and settings (see docs/install.md),
# and the machine-wide configuration in /etc/xdg/marginalia/.
#
#   /opt/marginalia/uninstall.sh [--root DIR]
set -eu
ROOT=
while [ $# -gt 0 ]; do
  case "$1" in
    --root) ROOT=$2; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "uninstall.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
HERE=$(cd "$(dirname "$0")" && pwd)
[ -f "$HERE/install.conf" ] || { echo "uninstall.sh: $HERE/install.conf is missing" >&2; exit 1; }
. "$HERE/install.conf"

for command in marginalia marginalia-cli; do
  link="$ROOT$BINDIR/$command"
  if [ -L "$link" ] && [ "$(readlink "$link")" = "$PREFIX/$command" ]; then rm -f "$link"; fi
done
rm -f "$ROOT$DATADIR/applications/marginalia.desktop" \
      "$ROOT$DATADIR/metainfo/org.marginalia.Marginalia.metainfo.xml" \
      "$ROOT$DATADIR/mime/packages/marginalia.xml"
for icon in "$ROOT$DATADIR"/icons/hicolor/*/apps/marginalia.png "$ROOT$DATADIR"/icons/hicolor/scalable/apps/marginalia.svg; do
  rm -f "$icon"
done
if [ -z "$ROOT" ]; then
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATADIR/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATADIR/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATADIR/icons/hicolor" || true
fi
rm -rf "$ROOT$PREFIX"
echo "Marginalia removed from $PREFIX; user data and /etc/xdg/marginalia were kept."
