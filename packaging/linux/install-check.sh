#!/usr/bin/env bash
# Install a built callnotes .deb on this machine, run the installed launcher as a user would (smoke.sh:
# --version, demo, packet, verify, the window offscreen), then remove the package and check that
# nothing of the program is left. Needs root (the CI job runs it with sudo).
#   install-check.sh dist/callnotes_VERSION_ARCH.deb
set -euo pipefail
deb=$(readlink -f "${1:?usage: install-check.sh PATH/TO/callnotes_VERSION_ARCH.deb}")
here=$(dirname "$(readlink -f "$0")")
package=$(dpkg-deb -f "$deb" Package)
# apt-get (not dpkg -i) so that the package's Depends (Qt's system libraries) come along
apt-get install -y -q "$deb" >/dev/null
launcher=$(command -v callnotes)
[[ $launcher == /usr/bin/callnotes ]] || { echo "install-check: the launcher is $launcher" >&2; exit 1; }
"$here/smoke.sh" "$launcher"
dpkg -r "$package" >/dev/null
for left in /usr/bin/callnotes /opt/callnotes; do
  [[ ! -e $left ]] || { echo "install-check: $left is still there after removing $package" >&2; exit 1; }
done
echo "install-check: $package installed, ran and was removed cleanly"
