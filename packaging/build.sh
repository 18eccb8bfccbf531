#!/usr/bin/env bash
# Builds the Linux app in one command, from the repository root or anywhere:
#
#   packaging/build.sh [--small] [--no-appimage]
#
#   dist/chatapp/                          the one-folder app (run dist/chatapp/chatapp)
#   dist/ChatApp-VERSION-ARCH.AppImage     the same folder as one file people double-click
#
# --small leaves the starter model out (the app offers to download one on its first start);
# --no-appimage stops after the folder. PYTHON names the Python whose environment has
# chatapp's dependencies and PyInstaller (default: python3). The AppImage is made by
# packaging/appimage/make-appimage.sh (gcc, mksquashfs, squashfuse and libfuse3: see
# packaging/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
VARIANT=full
APPIMAGE=1
for arg in "$@"; do
  case "$arg" in
    --small) VARIANT=small ;;
    --no-appimage) APPIMAGE=0 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

APP_ID=io.github.chatapp.ChatApp
DIST="$ROOT/dist"
WORK="$ROOT/build"
cd "$ROOT"
VERSION="$("$PYTHON" -c 'import sys; sys.path.insert(0, "."); import chatapp; print(chatapp.__version__)')"
ARCH="$(uname -m)"

step() { printf '\n== %s\n' "$*"; }

step "one-folder app ($VARIANT) with PyInstaller"
start=$SECONDS
CHATAPP_BUILD="$VARIANT" "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" packaging/chatapp.spec
echo "dist/chatapp: $(du -sh "$DIST/chatapp" | cut -f1), $((SECONDS - start)) s"
[ "$APPIMAGE" = 1 ] || exit 0

step "AppImage"
start=$SECONDS
# the AppDir: the app folder, AppRun, the desktop entry, icons and AppStream metadata
appdir="$WORK/appimage/ChatApp.AppDir"
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/bin" "$appdir/usr/share/applications" \
  "$appdir/usr/share/metainfo" "$appdir/usr/share/icons/hicolor/256x256/apps" \
  "$appdir/usr/share/icons/hicolor/scalable/apps"
cp -al "$DIST/chatapp" "$appdir/usr/lib/chatapp" 2>/dev/null || cp -a "$DIST/chatapp" "$appdir/usr/lib/chatapp"
ln -s ../lib/chatapp/chatapp "$appdir/usr/bin/chatapp"
cat > "$appdir/AppRun" <<'EOF'
#!/bin/sh
# ChatApp in an AppImage: the window, or the command line when given a command
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/chatapp/chatapp" "$@"
EOF
chmod 755 "$appdir/AppRun"
install -m644 "packaging/$APP_ID.desktop" "$appdir/usr/share/applications/$APP_ID.desktop"
install -m644 "packaging/$APP_ID.metainfo.xml" "$appdir/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m644 resources/icons/chatapp-256.png "$appdir/usr/share/icons/hicolor/256x256/apps/$APP_ID.png"
install -m644 resources/icons/chatapp.svg "$appdir/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
ln -s "usr/share/applications/$APP_ID.desktop" "$appdir/$APP_ID.desktop"
ln -s "usr/share/icons/hicolor/256x256/apps/$APP_ID.png" "$appdir/$APP_ID.png"
ln -s "$APP_ID.png" "$appdir/.DirIcon"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$appdir/usr/share/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$appdir/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null \
    || appstreamcli validate --no-net "$appdir/usr/share/metainfo/$APP_ID.metainfo.xml"
fi

output="$DIST/ChatApp-$VERSION-$ARCH.AppImage"
[ "$VARIANT" = small ] && output="$DIST/ChatApp-$VERSION-small-$ARCH.AppImage"
packaging/appimage/make-appimage.sh "$appdir" "$output" "$WORK/appimage"
echo "${output#"$ROOT"/}: $(du -h "$output" | cut -f1), $((SECONDS - start)) s"
