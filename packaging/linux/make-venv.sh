#!/usr/bin/env bash
# Create the project's virtual environment with a Python >= 3.11, explaining what is missing.
#   make-venv.sh DIR [--may-install]   (--may-install: as root, apt-get install python3-venv if needed)
set -euo pipefail
venv=${1:?usage: make-venv.sh DIR [--may-install]}
python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1; then
  echo "callnotes needs Python 3.11 or newer; '$python' was not found. Install python3 (Debian: apt-get install -y python3 python3-venv)." >&2
  exit 1
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "callnotes needs Python 3.11 or newer; $python is $("$python" -V 2>&1). Set PYTHON=python3.11 (or newer)." >&2
  exit 1
fi
if ! "$python" -m venv "$venv" 2>/dev/null; then
  rm -rf "$venv"
  if [[ ${2:-} == --may-install && $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
    "$python" -m venv "$venv"
  else
    echo "Python cannot create a virtual environment here. On Debian or Ubuntu: sudo apt-get install -y python3-venv" >&2
    exit 1
  fi
fi
"$venv/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
