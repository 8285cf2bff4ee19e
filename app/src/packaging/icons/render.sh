#!/usr/bin/env bash
# Renders ers.svg into the PNG sizes the desktops use, the Windows .ico and the macOS .icns.
# The results are committed, so a build needs none of these tools; run this after changing the SVG.
# Needs ImageMagick (Debian: imagemagick) and python3.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  convert -background none -density $((96 * size / 256 + 1)) ers.svg -resize "${size}x${size}" \
    -strip "PNG32:ers-$size.png"
done
convert ers-16.png ers-24.png ers-32.png ers-48.png ers-64.png ers-128.png ers-256.png ers.ico
# .icns: a header, then one (type, length, PNG) record per size.
python3 - <<'PY'
import struct
records = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    png = open(f"ers-{size}.png", "rb").read()
    records += kind + struct.pack(">I", 8 + len(png)) + png
open("ers.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(records)) + records)
PY
