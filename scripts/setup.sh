#!/usr/bin/env bash
# Prepares everything `make run` / `make test` need on a fresh Debian/Ubuntu machine:
# system libraries (through apt when root), a virtualenv in .venv, the package with its
# dev extra, the generated protocol modules, and the compiled translations and fonts
# (scripts/build_resources.py). Safe and fast to run again.
set -euo pipefail
mode="${1:-run}"
cd "$(dirname "$0")/.."

need_pkgs=(libdmtx0b libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libdbus-1-3)
if [ "$mode" = "test" ]; then
  # a real PostgreSQL server; a real X server for the file-dialog and window tests (issue 20)
  need_pkgs+=(postgresql xvfb xauth)
  # a real browser for the cabinet's Playwright tests, by its path (no browser download; issue 24)
  need_pkgs+=(chromium)
fi
# the bundle (make bundle, CI with ALSEP_BUNDLE=1): .deb checks, strip and readelf/nm, gcc for the OpenCV stand-ins (issue 16)
if [ "${ALSEP_BUNDLE:-0}" = "1" ]; then
  need_pkgs+=(desktop-file-utils binutils dpkg gcc)
fi

have_python() {
  for cand in python3.13 python3.12 python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys, venv, ensurepip; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$cand"; return 0
    fi
  done
  return 1
}

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${need_pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if ! have_python >/dev/null; then
  missing+=(python3 python3-venv)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "setup: missing system packages: ${missing[*]}" >&2
    echo "setup: run as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

py="$(have_python)"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $py"
  "$py" -m venv .venv
fi
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  # the versions the tests ran with (constraints.txt, refreshed by `make constraints`)
  .venv/bin/python -m pip install -q -c constraints.txt -e '.[dev]'
  touch "$stamp"
fi
# Qt's xcb platform plugin (a real window for `make run`) links system libraries a minimal Debian
# lacks (libxcb-icccm4, libxcb-keysyms1 …): ask ldd what is missing for PySide6's libqxcb.so and
# install the Debian packages of scripts/qt_system_libs.py's table (issue 11). A missing library's
# own needs show only once it is there, hence a few rounds. The tests need it too: they open the
# file dialogs under Xvfb with the xcb plugin (issue 20).
if command -v ldd >/dev/null 2>&1; then
  updated=no
  for _round in 1 2 3; do
    mapfile -t qt_missing < <(.venv/bin/python scripts/qt_system_libs.py missing)
    [ ${#qt_missing[@]} -eq 0 ] && break
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      export DEBIAN_FRONTEND=noninteractive
      if [ "$updated" = no ]; then
        apt-get update -qq
        updated=yes
        mapfile -t qt_missing < <(.venv/bin/python scripts/qt_system_libs.py missing)  # names apt knows now
      fi
      echo "setup: installing what Qt's xcb plugin needs: ${qt_missing[*]}"
      apt-get install -y -qq --no-install-recommends "${qt_missing[@]}"
    else
      echo "setup: Qt's xcb plugin (a window on the desktop) needs: ${qt_missing[*]}" >&2
      echo "setup: run as root, or: sudo apt-get install ${qt_missing[*]}" >&2
      break
    fi
  done
fi
# Protocol modules are generated from the .proto schema by protoc (grpcio-tools).
if [ -f scripts/gen_proto.py ]; then
  .venv/bin/python scripts/gen_proto.py
fi
# Translations (resources/translations/*.ts → .qm, pyside6-lrelease) and fonts are built into
# the package data (src/alsep_desktop/resources/, gitignored), where the app loads them.
.venv/bin/python scripts/build_resources.py
# the cabinet's gettext catalogs (src/alsep_cloud/web/locale/*.po → .mo, pybabel compile)
.venv/bin/python scripts/cabinet_i18n.py compile
