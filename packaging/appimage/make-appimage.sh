#!/usr/bin/env bash
# Makes an AppImage (type 2) of an AppDir: the runtime (runtime.c, compiled once into WORKDIR)
# followed by the AppDir as a squashfs image.
#
#   packaging/appimage/make-appimage.sh APPDIR OUTPUT [WORKDIR]
#
# APPDIR must hold an executable AppRun. WORKDIR (default: build/appimage of the repository)
# keeps the compiled runtime between builds. Needs gcc, mksquashfs and squashfuse's and
# libfuse3's static libraries (Debian: see packaging/README.md).
set -euo pipefail

if [ "$#" -lt 2 ] || [ "$#" -gt 3 ]; then
  sed -n '2,9p' "$0" >&2
  exit 2
fi
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
appdir="$1"
output="$2"
work="${3:-$HERE/../../build/appimage}"
if [ ! -x "$appdir/AppRun" ]; then
  echo "make-appimage.sh: $appdir has no executable AppRun" >&2
  exit 2
fi

missing=()
for tool in gcc mksquashfs; do command -v "$tool" >/dev/null || missing+=("$tool"); done
for header in squashfuse/ll.h fuse3/fuse_lowlevel.h zstd.h lz4.h lzo/lzo1x.h lzma.h zlib.h; do
  [ -e "/usr/include/$header" ] || missing+=("/usr/include/$header")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "make-appimage.sh: an AppImage needs ${missing[*]}; on Debian or Ubuntu:" >&2
  echo "  sudo apt-get install gcc squashfs-tools libsquashfuse-dev libfuse3-dev libzstd-dev" \
       "liblz4-dev liblzo2-dev liblzma-dev zlib1g-dev" >&2
  exit 1
fi

# the runtime: the ELF part of the AppImage that mounts (or extracts) the image and runs it
mkdir -p "$work"
runtime="$work/runtime-$(uname -m)"
if [ ! -x "$runtime" ] || [ "$HERE/runtime.c" -nt "$runtime" ]; then
  gcc -std=gnu11 -Os -Wall -Wextra -D_FILE_OFFSET_BITS=64 -I/usr/include/fuse3 \
    -ffunction-sections -fdata-sections -Wl,--gc-sections -static \
    -o "$runtime.part" "$HERE/runtime.c" \
    -lsquashfuse_ll -lsquashfuse -lfuse3 -lzstd -llzma -llz4 -llzo2 -lz -lpthread 2>&1 \
    | { grep -v "dlopen\|fuse_get_module" || true; }  # libfuse's unused module loader warns
  [ -x "$runtime.part" ] || { echo "make-appimage.sh: the runtime did not compile" >&2; exit 1; }
  strip "$runtime.part"
  mv "$runtime.part" "$runtime"
fi

image="$output.squashfs"
rm -f "$image" "$output.part"
trap 'rm -f "$image" "$output.part"' EXIT
mksquashfs "$appdir" "$image" -root-owned -noappend -comp zstd -Xcompression-level 9 \
  -processors "$(nproc)" -quiet -no-progress
cat "$runtime" "$image" > "$output.part"
printf 'AI\002' | dd of="$output.part" bs=1 count=3 seek=8 conv=notrunc status=none  # type 2
chmod 755 "$output.part"
mv "$output.part" "$output"
