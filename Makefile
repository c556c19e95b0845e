# The two commands of the README:
#   make run   create .venv if missing, install callnotes, start it
#   make test  create .venv if missing, install the test extras and system packages, lint, run every test headless
VENV ?= .venv
PY := $(VENV)/bin/python
UNAME := $(shell uname -s)

.PHONY: run test lint check-types clean

$(PY):
	packaging/linux/make-venv.sh $(VENV) $(if $(filter test,$(MAKECMDGOALS)),--may-install)

$(VENV)/.installed-app: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(VENV)/bin/callnotes

test: $(VENV)/.installed-test
ifeq ($(UNAME),Linux)
	packaging/linux/system-deps.sh install test
endif
	$(MAKE) --no-print-directory lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build *.egg-info
