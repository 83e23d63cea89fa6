#!/usr/bin/env bash
# Install the Debian packages Habeas uses, only those missing: Tesseract OCR with English,
# simplified Chinese and Uyghur data, and (for tests) a PostgreSQL server, a Redis server for the
# queued-ingest workers, Chromium for the browser tests and wrk for the web benchmark; ICU headers
# for pyicu (followthemoney needs it; it builds from source); WeasyPrint's libraries and Noto fonts
# (Chinese, Arabic script) for PDF dossiers.
# LibreOffice (no GUI) for legacy office files, unar and bsdtar for RAR, mdbtools for Access databases,
# DjVuLibre for DjVu, and Info-ZIP's zip, whose -s writes the spanned archives the split-volume tests read
# (office).
# Usage: scripts/system-deps.sh [ocr] [postgres] [redis] [browser] [bench] [icu] [pdf] [office]
set -euo pipefail

want=()
for part in "${@:-ocr}"; do
  case "$part" in
    ocr) want+=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-uig) ;;
    postgres) want+=(postgresql) ;;
    redis) want+=(redis-server) ;;  # the tests start their own on a free loopback port, never the service
    browser) want+=(chromium) ;;
    bench) want+=(wrk libicu-dev pkg-config) ;;  # pyicu, which the peer matcher (nomenklatura) needs, builds from source
    icu) want+=(libicu-dev pkg-config) ;;
    office) want+=(libreoffice-core-nogui libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui
                   libreoffice-draw-nogui python3-uno unar libarchive-tools mdbtools djvulibre-bin zip) ;;
    pdf) want+=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core fonts-noto-cjk) ;;
    *) echo "unknown part: $part" >&2; exit 2 ;;
  esac
done

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "missing Debian packages: ${missing[*]} (run as root, or install them yourself)" >&2; exit 1
fi
echo "installing Debian packages: ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
