#!/usr/bin/env bash
# Regenerates the committed icon files from heapfix.svg (run by hand after changing the SVG; the build only
# uses the committed results, so that MSVC builds need neither tool). Needs librsvg2-bin and imagemagick.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 256; do
    rsvg-convert -w "$size" -h "$size" heapfix.svg -o "$tmp/$size.png"
done
# Windows: one .ico with every size Explorer asks for; the 256 px image is stored as PNG inside it.
convert "$tmp"/16.png "$tmp"/24.png "$tmp"/32.png "$tmp"/48.png "$tmp"/64.png "$tmp"/256.png heapfix.ico
# Linux hicolor theme: scalable SVG plus fixed sizes for desktops that want bitmaps.
cp "$tmp/48.png" heapfix-48.png
cp "$tmp/256.png" heapfix-256.png
