#!/bin/sh
# Installs the one-folder build from dist/ for the current user: the app, a launcher, its icon and menu entry.
# Usage: packaging/install-linux.sh [PREFIX]   (PREFIX defaults to ~/.local; use /usr/local as root)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-$HOME/.local}
[ -x "$here/dist/tiktok-desktop/tiktok-desktop" ] || { echo "build it first: make package" >&2; exit 1; }
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications" "$prefix/share/icons/hicolor/256x256/apps" \
    "$prefix/share/icons/hicolor/scalable/apps"
rm -rf "$prefix/opt/tiktok-desktop"
cp -a "$here/dist/tiktok-desktop" "$prefix/opt/tiktok-desktop"
ln -sf "$prefix/opt/tiktok-desktop/tiktok-desktop" "$prefix/bin/tiktok-desktop"
cp "$here/resources/icons/app.png" "$prefix/share/icons/hicolor/256x256/apps/tiktok-desktop.png"
cp "$here/resources/icons/app.svg" "$prefix/share/icons/hicolor/scalable/apps/tiktok-desktop.svg"
sed "s|^Exec=.*|Exec=$prefix/bin/tiktok-desktop|" "$here/packaging/tiktok-desktop.desktop" \
    > "$prefix/share/applications/tiktok-desktop.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "installed in $prefix; start it from the applications menu or with $prefix/bin/tiktok-desktop"
