#!/bin/sh
# Rasterises the PWA icons into public/icons. The PNGs are committed, so builds need no tool;
# run this (needs rsvg-convert from librsvg2-bin) only after changing an SVG here.
set -eu
cd "$(dirname "$0")"
out=../public/icons
rsvg-convert -w 192 -h 192 icon.svg -o "$out/icon-192.png"
rsvg-convert -w 512 -h 512 icon.svg -o "$out/icon-512.png"
rsvg-convert -w 512 -h 512 icon-full-bleed.svg -o "$out/icon-maskable-512.png"
rsvg-convert -w 180 -h 180 icon-full-bleed.svg -o "$out/apple-touch-icon.png"
