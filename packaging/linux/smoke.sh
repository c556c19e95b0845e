#!/usr/bin/env bash
# Run the frozen callnotes as a user would, from outside any checkout, on a fresh data folder:
# --version, demo, packet, verify, then the window offscreen for a few seconds. Any traceback fails.
#   smoke.sh PATH/TO/callnotes
set -euo pipefail
app=$(readlink -f "${1:?usage: smoke.sh PATH/TO/callnotes}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export CALLNOTES_DATA_DIR=$work/data
{
  "$app" --version
  "$app" demo
  "$app" packet --debtor 1 --out "$work/packet.pdf"
  "$app" verify
} >"$work/log" 2>&1 || { tail -n 20 "$work/log" >&2; echo "smoke: the frozen command line failed" >&2; exit 1; }
status=0
QT_QPA_PLATFORM=offscreen timeout 8 "$app" >"$work/gui" 2>&1 || status=$?
if [[ $status != 124 ]] || grep -q Traceback "$work/gui"; then
  tail -n 20 "$work/gui" >&2
  echo "smoke: the frozen window did not stay up cleanly (exit $status)" >&2
  exit 1
fi
echo "smoke: $(head -n 1 "$work/log"): command line and window ok"
