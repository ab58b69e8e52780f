# Everything runs through this file. The two commands a person needs (see README.md):
#   make serve   set everything up, build the site, serve it at http://127.0.0.1:8000
#   make test    set everything up and run the whole test suite
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
LANGS := nl en tr ar pl uk
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup system-packages messages catalogues wheel site offline serve serve-prod test benchmark benchmark-browser benchmark-search benchmark-recheck screenshots clean

help:
	@echo "make serve   build the site and serve it at http://127.0.0.1:8000"
	@echo "make test    run the whole test suite"
	@echo "make site    build the site into site/ (and the offline copy into dist/)"
	@echo "make offline build only the offline copy: dist/tvo-protocol-offline-<version>.zip"
	@echo "make serve-prod  serve site/ with deploy/nginx.conf at http://127.0.0.1:8080"
	@echo "make wheel   build the checker wheel into dist/"
	@echo "make benchmark  print the checker's throughput"
	@echo "make benchmark-search  print how much of the search query set each language finds"
	@echo "make benchmark-recheck  print how long a changed answer takes to update the verdict on a phone"
	@echo "make screenshots  every page, every language, phone and desktop width, into screenshots/"

# --- set-up -----------------------------------------------------------------------------------
$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed

# Debian's packages the tests use: the three browser engines parents use (never a browser
# download of Playwright's own): Chromium, Firefox ESR (driven over WebDriver BiDi by puppeteer-core)
# and WebKitGTK (its WebDriver and MiniBrowser, in a virtual X display: xvfb); and nginx with its
# brotli_static module (to test deploy/nginx.conf). Installed with apt-get when missing.
system-packages:
	@missing=""; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	test -x /usr/bin/firefox-esr || missing="$$missing firefox-esr"; \
	test -x /usr/bin/WebKitWebDriver || missing="$$missing webkit2gtk-driver"; \
	test -x /usr/bin/xvfb-run || missing="$$missing xvfb"; \
	test -x /usr/sbin/nginx || missing="$$missing nginx"; \
	test -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so || missing="$$missing libnginx-mod-http-brotli-static"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# --- the checker ------------------------------------------------------------------------------
# Compiled catalogues are committed (the wheel and Pyodide load them); a test proves they match.
catalogues: setup
	$(VENV)/bin/pybabel compile -d checker/locale -D checker --statistics 2>&1 | grep -v '^compiling'

wheel: setup
	rm -rf dist/*.whl build/lib build/bdist.*
	$(PY) -m build --wheel --no-isolation --outdir dist . >/dev/null
	@ls dist/*.whl

benchmark: setup
	$(PY) benchmarks/throughput.py

benchmark-browser: site system-packages
	$(PY) benchmarks/browser.py

# The search query set (tests/search_queries.yml) typed into each language's box, online and offline.
benchmark-search: site system-packages
	$(PY) benchmarks/search.py

benchmark-recheck: site system-packages
	$(PY) benchmarks/recheck.py

# --- the site ---------------------------------------------------------------------------------
site: setup
	$(PY) tools/build_site.py

# The offline copy for school devices: dist/tvo-protocol-offline-<version>.zip (make site builds it too).
offline: setup
	$(PY) tools/build_site.py --offline

serve: site
	@echo "Serving the site at http://127.0.0.1:8000 (Ctrl-C stops)"
	$(PY) -m http.server 8000 --bind 127.0.0.1 --directory site

# The production web-server configuration (deploy/nginx.conf), as it is, on http://127.0.0.1:8080.
serve-prod: site system-packages
	$(PY) tools/nginx.py 8080

# --- tests ------------------------------------------------------------------------------------
test: setup system-packages site
	$(PY) -m pytest

# Every page of every language at phone (390 px) and desktop (1280 px) width, the checker with an
# answer and with an error, and the search: look at them before a release (CONTRIBUTING.md).
screenshots: site system-packages
	rm -rf screenshots
	$(PY) tools/screenshots.py

clean:
	rm -rf site dist build .build .pytest_cache .hypothesis screenshots

# After changing a message in checker/: refresh the template and the catalogues, then translate
# what pybabel marks fuzzy or leaves empty (tests/test_catalogues.py lists them).
messages: setup
	$(VENV)/bin/pybabel extract --no-location --sort-output --project tvo-protocol-checker --version 1.3.0 -o checker/locale/checker.pot checker
	$(VENV)/bin/pybabel update --ignore-obsolete -i checker/locale/checker.pot -d checker/locale -D checker
