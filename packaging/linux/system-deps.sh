#!/usr/bin/env bash
# The Debian packages callnotes needs, checked or installed.
#   system-deps.sh check   offscreen|screen|test   say what is missing (exit 1 if anything is)
#   system-deps.sh install offscreen|screen|test   install what is missing (as root), else say how
# "offscreen" is Qt without a window, "screen" a real window, "test" the headless test suite
# (offscreen Qt, poppler-utils to read PDFs back, fonts). The library list lives in
# resources/system/qt-runtime-libraries.txt, which the app also reads to explain a failed start.
set -euo pipefail
mode=${1:?usage: system-deps.sh check|install offscreen|screen|test}
target=${2:?usage: system-deps.sh check|install offscreen|screen|test}
here=$(cd "$(dirname "$0")/../.." && pwd)
list="$here/resources/system/qt-runtime-libraries.txt"

case $target in
  offscreen) groups="offscreen"; extra="fontconfig fonts-dejavu-core" ;;
  screen) groups="offscreen screen"; extra="fontconfig fonts-dejavu-core" ;;
  test) groups="offscreen"; extra="fontconfig fonts-dejavu-core poppler-utils" ;;
  *) echo "unknown target $target (offscreen, screen or test)" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; make sure Qt's runtime libraries and poppler-utils are installed." >&2
  exit 0
fi

wanted=$extra
for group in $groups; do
  wanted="$wanted $(awk -v g="$group" '!/^#/ && NF == 3 && $3 == g {print $2}' "$list")"
done
missing=()
for package in $wanted; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $mode == install && $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
  exit 0
fi
echo "system-deps: missing Debian packages for '$target': ${missing[*]}" >&2
echo "  install them with: sudo apt-get install -y ${missing[*]}" >&2
[[ $mode == install ]] && exit 0  # not root: say so, and let the run show what fails
exit 1
