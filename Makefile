# The two commands of the README:
#   make run   create .venv if missing, install callnotes, start it
#   make test  create .venv if missing, install the test extras and system packages, lint, run every test headless
# And for whoever ships it (packaging/README.md):
#   make package  the frozen folder (dist/callnotes) for this machine; on Linux also the .deb and a .tar.gz
VENV ?= .venv
PY := $(VENV)/bin/python
UNAME := $(shell uname -s)

UI_SOURCES = $(shell find callnotes/ui callnotes/app.py -name '*.py' | sort)
TS_FILES = resources/translations/callnotes_es.ts resources/translations/callnotes_el.ts

.PHONY: run test lint bench clean translations package

$(PY):
	packaging/linux/make-venv.sh $(VENV) $(if $(filter test,$(MAKECMDGOALS)),--may-install)

$(VENV)/.installed-app: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-app

$(VENV)/.installed-package: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e . 'pyinstaller>=6,<7'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(VENV)/bin/callnotes

test: $(VENV)/.installed-test
ifeq ($(UNAME),Linux)
	packaging/linux/system-deps.sh install test
endif
	$(MAKE) --no-print-directory lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto

# The long measurements, kept out of `make test`: every figure of the large synthetic database beside
# its floor (the packet's among them; the JSON in build/bench.json), then the 200-kill crash soak
# (about 25 minutes on two cores).
bench: $(VENV)/.installed-test
	mkdir -p build
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py --json build/bench.json
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/crash_soak.py --runs 200

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# Refresh the .ts sources from the code (new strings appear unfinished), then build the .qm files.
# Then the packet's gettext catalogues: extract the .pot from callnotes/export, merge it into the .po
# files (new messages appear untranslated or fuzzy) and compile the .mo files.
translations: $(VENV)/.installed-test
	$(VENV)/bin/pyside6-lupdate $(UI_SOURCES) -no-obsolete -locations none -ts $(TS_FILES)
	$(VENV)/bin/pyside6-lrelease -silent resources/translations/*.ts
	$(VENV)/bin/pybabel extract --no-default-keywords -k w -k p:1c,2 -k N_ -k NP_:1c,2 \
		-c Translators: --no-location --sort-output --project callnotes \
		--header-comment "# The words of the callnotes packet (PDF); the English text is the msgid." \
		-o resources/locale/callnotes.pot callnotes/export \
	&& $(VENV)/bin/pybabel update -D callnotes -i resources/locale/callnotes.pot -d resources/locale \
		--ignore-obsolete --ignore-pot-creation-date \
	&& $(VENV)/bin/pybabel compile -D callnotes -d resources/locale

# The frozen app is made from the wheel (unpacked into build/package/wheel), so it carries exactly what
# an installed wheel does; then the icons, PyInstaller's folder, a run of it, and the Linux packages.
PKG := build/package
package: $(VENV)/.installed-package
ifeq ($(UNAME),Linux)
	packaging/linux/system-deps.sh install offscreen
endif
	rm -rf $(PKG) dist
	$(PY) -m pip wheel -q --no-deps -w $(PKG)/wheelhouse .
	$(PY) -m zipfile -e $(PKG)/wheelhouse/callnotes-*.whl $(PKG)/wheel
	QT_QPA_PLATFORM=offscreen $(PY) packaging/icons.py $(PKG)/icons
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath $(PKG)/work \
		packaging/pyinstaller/callnotes.spec
ifeq ($(UNAME),Linux)
	packaging/linux/smoke.sh dist/callnotes/callnotes
	$(PY) packaging/linux/deb.py dist/callnotes $(PKG)/icons dist
endif
	du -sh dist/callnotes

clean:
	rm -rf $(VENV) build dist *.egg-info
