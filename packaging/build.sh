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
# chatapp's dependencies and PyInstaller (default: python3). The AppImage needs gcc,
# mksquashfs and squashfuse's and libfuse3's static libraries (Debian: see packaging/README.md).
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
missing=()
for tool in gcc mksquashfs; do command -v "$tool" >/dev/null || missing+=("$tool"); done
for header in squashfuse/ll.h fuse3/fuse_lowlevel.h zstd.h lz4.h lzo/lzo1x.h lzma.h zlib.h; do
  [ -e "/usr/include/$header" ] || missing+=("/usr/include/$header")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "build.sh: the AppImage needs ${missing[*]}; on Debian or Ubuntu:" >&2
  echo "  sudo apt-get install gcc squashfs-tools libsquashfuse-dev libfuse3-dev libzstd-dev" \
       "liblz4-dev liblzo2-dev liblzma-dev zlib1g-dev" >&2
  exit 1
fi

# the runtime: the ELF part of the AppImage that mounts (or extracts) the image and runs it
runtime="$WORK/appimage/runtime-$ARCH"
mkdir -p "$WORK/appimage"
if [ ! -x "$runtime" ] || [ packaging/appimage/runtime.c -nt "$runtime" ]; then
  gcc -std=gnu11 -Os -Wall -Wextra -D_FILE_OFFSET_BITS=64 -I/usr/include/fuse3 \
    -ffunction-sections -fdata-sections -Wl,--gc-sections -static \
    -o "$runtime" packaging/appimage/runtime.c \
    -lsquashfuse_ll -lsquashfuse -lfuse3 -lzstd -llzma -llz4 -llzo2 -lz -lpthread 2>&1 \
    | grep -v "dlopen\|fuse_get_module" || true  # libfuse's unused module loader warns
  strip "$runtime"
fi

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

image="$WORK/appimage/ChatApp.squashfs"
output="$DIST/ChatApp-$VERSION-$ARCH.AppImage"
[ "$VARIANT" = small ] && output="$DIST/ChatApp-$VERSION-small-$ARCH.AppImage"
rm -f "$image"
mksquashfs "$appdir" "$image" -root-owned -noappend -comp zstd -Xcompression-level 9 \
  -processors "$(nproc)" -quiet -no-progress
cat "$runtime" "$image" > "$output.part"
printf 'AI\002' | dd of="$output.part" bs=1 count=3 seek=8 conv=notrunc status=none  # AppImage type 2
chmod 755 "$output.part"
mv "$output.part" "$output"
rm -f "$image"
echo "${output#"$ROOT"/}: $(du -h "$output" | cut -f1), $((SECONDS - start)) s"
