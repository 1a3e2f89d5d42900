#!/bin/sh
# Install the Linux onedir system-wide (run as root after `python installer/build.py`):
#   /opt/schakel/                 the onedir (read-only for users)
#   /usr/local/bin/schakel        symlink to /opt/schakel/schakel
#   /usr/share/applications/      schakel.desktop
#   /usr/share/icons/hicolor/     the icon (SVG + PNG sizes from resources/icons)
# Remove with: sh installer/linux/install.sh --uninstall   (user data in
# ~/.local/share/Schakel is never touched).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PREFIX=${PREFIX:-/opt/schakel}
ICONS=/usr/share/icons/hicolor

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PREFIX" /usr/local/bin/schakel /usr/share/applications/schakel.desktop
  rm -f "$ICONS"/scalable/apps/schakel.svg "$ICONS"/*/apps/schakel.png
else
  [ -x "$ROOT/dist/Schakel/schakel" ] || { echo "build first: python installer/build.py" >&2; exit 1; }
  rm -rf "$PREFIX"
  mkdir -p "$PREFIX"
  cp -a "$ROOT/dist/Schakel/." "$PREFIX/"
  chmod -R go-w "$PREFIX"
  ln -sf "$PREFIX/schakel" /usr/local/bin/schakel
  install -Dm644 "$ROOT/installer/linux/schakel.desktop" /usr/share/applications/schakel.desktop
  install -Dm644 "$ROOT/resources/icons/schakel.svg" "$ICONS/scalable/apps/schakel.svg"
  for size in 16 24 32 48 64 128 256; do
    install -Dm644 "$ROOT/resources/icons/schakel-$size.png" "$ICONS/${size}x${size}/apps/schakel.png"
  done
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$ICONS" || true
