#!/usr/bin/env bash
# `make bundle` (issue 16, decisions 1601 and 1603): freeze the app with PyInstaller into
# dist/alsep-desktop/ (one folder: alsep-desktop and its tools) and wrap it into
# dist/alsep-desktop_<version>_<arch>.deb, installed under /opt/alsep-desktop.
#
# Uses the set-up virtualenv (the pinned versions of constraints.txt, `make setup-test`).
# Build files go to build/ and dist/ (gitignored). Linux only: the Windows recipe is in README.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
started=$(date +%s)

if [ "$(uname -s)" != "Linux" ]; then
  echo "bundle: this script builds the Linux bundle and .deb; see README for Windows" >&2
  exit 1
fi
for tool in dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bundle: $tool is missing (apt-get install dpkg)" >&2; exit 1; }
done

# the generated protocol modules and compiled translations must be current (setup does both)
"$PY" scripts/gen_proto.py >/dev/null
"$PY" scripts/build_resources.py >/dev/null

echo "bundle: freezing with PyInstaller (build/pyinstaller → dist/alsep-desktop)"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/alsep-desktop.spec

version=$("$PY" -c 'import importlib.metadata as m; print(m.version("alsep-desktop"))')
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
root=build/deb/root
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/etc/xdg/autostart" \
  "$root/usr/share/xsessions" "$root/usr/share/wayland-sessions" "$root/usr/lib/systemd/user" \
  "$root/usr/share/doc/alsep-desktop"

cp -a dist/alsep-desktop "$root/opt/alsep-desktop"
L=installer/linux
install -d "$root/opt/alsep-desktop/share"
install -m 0755 "$L/alsep-kiosk-session" "$L/alsep-kiosk-start" "$root/opt/alsep-desktop/share/"
for tool in alsep-desktop alsep-admin alsep-ofd-sandbox alsep-terminal-emulator; do
  ln -s "/opt/alsep-desktop/$tool" "$root/usr/bin/$tool"
done
install -m 0644 "$L/alsep-desktop.desktop" "$root/usr/share/applications/alsep-desktop.desktop"
install -m 0644 "$L/icons/alsep-desktop.svg" "$root/usr/share/icons/hicolor/scalable/apps/alsep-desktop.svg"
install -m 0644 "$L/alsep-desktop-kiosk-autostart.desktop" "$root/etc/xdg/autostart/alsep-desktop-kiosk.desktop"
install -m 0644 "$L/alsep-kiosk.xsession.desktop" "$root/usr/share/xsessions/alsep-kiosk.desktop"
install -m 0644 "$L/alsep-kiosk-cage.wayland.desktop" "$root/usr/share/wayland-sessions/alsep-kiosk-cage.desktop"
install -m 0644 "$L/alsep-desktop-kiosk.service" "$root/usr/lib/systemd/user/alsep-desktop-kiosk.service"
printf 'Alsep Desktop %s\nLicense: GPL-3.0-or-later\n' "$version" > "$root/usr/share/doc/alsep-desktop/copyright"
install -m 0755 "$L/postinst" "$L/prerm" "$L/postrm" "$root/DEBIAN/"
# the autostart entry is a configuration file: a local change survives upgrades
echo "/etc/xdg/autostart/alsep-desktop-kiosk.desktop" > "$root/DEBIAN/conffiles"

size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size_kb/" "$L/control.in" > "$root/DEBIAN/control"

deb="dist/alsep-desktop_${version}_${arch}.deb"
echo "bundle: packing $deb"
# gzip: every dpkg reads it, and it is fast on two cores (xz takes minutes for 400 MB)
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null
bundle_mb=$(du -sm dist/alsep-desktop | cut -f1)
deb_mb=$(du -sm "$deb" | cut -f1)
echo "bundle: dist/alsep-desktop ${bundle_mb} MB, $deb ${deb_mb} MB, $(( $(date +%s) - started )) s"
