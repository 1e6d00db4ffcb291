#!/bin/sh
# Install Marginalia from this unpacked tarball (run as root for the defaults).
#
#   ./install.sh [--prefix DIR] [--bindir DIR] [--datadir DIR] [--root DIR]
#                [--config FILE] [--no-self-test]
#
#   --prefix   where the application folder goes        (default /opt/marginalia)
#   --bindir   where the marginalia, marginalia-cli links go (default /usr/local/bin)
#   --datadir  where the menu entry, icons, MIME type go  (default /usr/local/share)
#   --root     stage everything under DIR (like DESTDIR); paths inside files stay final
#   --config   install FILE as the machine-wide configuration /etc/xdg/marginalia/marginalia.ini
#   --no-self-test  do not run `marginalia-cli self-test` after installing
#
# Installing over an earlier version replaces the application folder only; user data
# (databases, backups, settings in each home folder) is never touched. docs/install.md.
set -eu

PREFIX=/opt/marginalia
BINDIR=/usr/local/bin
DATADIR=/usr/local/share
ROOT=
CONFIG=
SELF_TEST=1
SYSCONFDIR=/etc/xdg/marginalia

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --bindir) BINDIR=$2; shift 2 ;;
    --datadir) DATADIR=$2; shift 2 ;;
    --root) ROOT=$2; shift 2 ;;
    --config) CONFIG=$2; shift 2 ;;
    --no-self-test) SELF_TEST=0; shift ;;
    -h|--help) usage 0 ;;
    *) echo "install.sh: unknown option $1" >&2; usage ;;
  esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
[ -x "$HERE/app/marginalia-cli" ] || { echo "install.sh: $HERE/app is not a Marginalia bundle" >&2; exit 1; }
[ -z "$CONFIG" ] || [ -f "$CONFIG" ] || { echo "install.sh: $CONFIG does not exist" >&2; exit 1; }

say() { printf '%s\n' "$*"; }

# 1. The application folder: copied beside the old one, then swapped in.
mkdir -p "$ROOT$(dirname "$PREFIX")"
rm -rf "$ROOT$PREFIX.new"
cp -R "$HERE/app" "$ROOT$PREFIX.new"
cp "$HERE/uninstall.sh" "$ROOT$PREFIX.new/uninstall.sh"
cat > "$ROOT$PREFIX.new/install.conf" <<CONF
PREFIX='$PREFIX'
BINDIR='$BINDIR'
DATADIR='$DATADIR'
CONF
if [ -e "$ROOT$PREFIX" ]; then
  rm -rf "$ROOT$PREFIX.old"
  mv "$ROOT$PREFIX" "$ROOT$PREFIX.old"
fi
mv "$ROOT$PREFIX.new" "$ROOT$PREFIX"
rm -rf "$ROOT$PREFIX.old"
say "Marginalia installed in $PREFIX"

# 2. Commands on the PATH.
mkdir -p "$ROOT$BINDIR"
for command in marginalia marginalia-cli; do
  ln -sf "$PREFIX/$command" "$ROOT$BINDIR/$command"
done

# 3. Menu entry, icons, work-package MIME type, AppStream metadata.
mkdir -p "$ROOT$DATADIR/applications" "$ROOT$DATADIR/metainfo" "$ROOT$DATADIR/mime/packages"
sed -e "s|^Exec=marginalia|Exec=$PREFIX/marginalia|" -e "s|^TryExec=marginalia|TryExec=$PREFIX/marginalia|" \
  "$HERE/share/marginalia.desktop" > "$ROOT$DATADIR/applications/marginalia.desktop"
cp "$HERE/share/org.marginalia.Marginalia.metainfo.xml" "$ROOT$DATADIR/metainfo/"
cp "$HERE/share/marginalia-mime.xml" "$ROOT$DATADIR/mime/packages/marginalia.xml"
for png in "$HERE"/share/icons/marginalia-*.png; do
  size=$(basename "$png" .png | sed 's/^marginalia-//')
  mkdir -p "$ROOT$DATADIR/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$ROOT$DATADIR/icons/hicolor/${size}x${size}/apps/marginalia.png"
done
mkdir -p "$ROOT$DATADIR/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/marginalia.svg" "$ROOT$DATADIR/icons/hicolor/scalable/apps/marginalia.svg"

if [ -z "$ROOT" ]; then  # caches of the running system; a staged root builds its own
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATADIR/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATADIR/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATADIR/icons/hicolor" || true
fi

# 4. Machine-wide configuration, if given (an existing file is kept as .old).
if [ -n "$CONFIG" ]; then
  mkdir -p "$ROOT$SYSCONFDIR"
  [ -f "$ROOT$SYSCONFDIR/marginalia.ini" ] && cp "$ROOT$SYSCONFDIR/marginalia.ini" "$ROOT$SYSCONFDIR/marginalia.ini.old"
  cp "$CONFIG" "$ROOT$SYSCONFDIR/marginalia.ini"
  chmod 644 "$ROOT$SYSCONFDIR/marginalia.ini"
  say "Machine-wide configuration: $SYSCONFDIR/marginalia.ini"
fi

# 5. The self-test: import, annotate, export, reopen, lay out (offscreen, temporary folder).
if [ "$SELF_TEST" = 1 ]; then
  if ! QT_QPA_PLATFORM=offscreen "$ROOT$PREFIX/marginalia-cli" self-test; then
    echo "install.sh: Marginalia was installed, but its self-test failed (see above)" >&2
    exit 1
  fi
fi
