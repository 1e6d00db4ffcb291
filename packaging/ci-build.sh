#!/usr/bin/env bash
# CI: build the Linux bundle from this clean clone, run the built programs, validate the
# desktop integration files and try the tarball's install and uninstall scripts.
#   bash packaging/ci-build.sh        (as root on Debian/Ubuntu; ~3 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
say() { printf '\033[1mci-build: %s\033[0m\n' "$*" >&2; }

if command -v apt-get >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  missing=()
  # icu-devtools, binutils, gcc: the trimmed ICU data library (packaging/lean.py)
  for pkg in desktop-file-utils appstream libegl1 libgl1 libxkbcommon0 libfontconfig1 \
             libdbus-1-3 libglib2.0-0 fonts-noto-cjk icu-devtools binutils gcc; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
fi

python=""
for candidate in "${PYTHON:-}" python3.13 python3.12 "$HOME/.pyenv/versions/3.12.1/bin/python" python3; do
  [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 &&
    "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null &&
    { python=$(command -v "$candidate"); break; }
done
[ -n "$python" ] || { say "Python 3.12+ is needed (set PYTHON)"; exit 1; }

say "building with $python"
"$python" packaging/build.py --python "$python"

bundle=packaging/dist/marginalia
# The size budget (issue 14, ADR 0092): the folder's files, links not followed.
size_mib=$(du -s --apparent-size --block-size=1M "$bundle" | cut -f1)
say "bundle: ${size_mib} MiB (budget 120)"
[ "$size_mib" -lt 120 ] || { say "the bundle is over its size budget: see ADR 0092"; exit 1; }
version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
say "marginalia-cli --version"
test "$("$bundle/marginalia-cli" --version)" = "Marginalia $version"

say "marginalia --self-test (offscreen, no display)"
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen "$bundle/marginalia" --self-test

say "validating the desktop entry and AppStream metadata"
desktop-file-validate packaging/linux/marginalia.desktop
appstreamcli validate --no-net packaging/linux/org.marginalia.Marginalia.metainfo.xml

say "installing the tarball into a temporary root, then uninstalling"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf packaging/dist/marginalia-"$version"-linux-*.tar.gz -C "$work"
unpacked=$(echo "$work"/marginalia-"$version"-linux-*)
env -u DISPLAY QT_QPA_PLATFORM=offscreen sh "$unpacked/install.sh" --root "$work/root"
desktop-file-validate "$work/root/usr/local/share/applications/marginalia.desktop"
"$work/root/opt/marginalia/marginalia-cli" --version
sh "$work/root/opt/marginalia/uninstall.sh" --root "$work/root"
test ! -e "$work/root/opt/marginalia"

say "OK in $(( $(date +%s) - started )) s"
