# Typed clients for three integration APIs. `make` regenerates what changed and builds wheels;
# `make test` runs every gate CI runs. Both set up their own tools: a virtual environment from
# requirements.lock and the npm tools from package-lock.json. `make help` lists the targets.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
MAKEFLAGS += --no-print-directory

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
VENV_STAMP := $(VENV)/.installed-$(shell cksum < requirements.lock | cut -d' ' -f1)
NODE_STAMP := node_modules/.installed-$(shell cksum < package-lock.json | cut -d' ' -f1)
APIS := autobutler integratorio hubster
DISTS := $(foreach api,$(APIS),generated/$(api)-client)
PACKAGES := $(foreach api,$(APIS),$(api)_client)
MYPYPATH_GENERATED := $(subst $(eval) ,:,$(DISTS))
# Wheels are reproducible: every file in them gets this timestamp (2026-01-01T00:00:00Z).
export SOURCE_DATE_EPOCH := 1767225600
export REDOCLY_TELEMETRY := off
export PIP_DISABLE_PIP_VERSION_CHECK := 1
PUBLISH_URL ?=
# The index's simple page, if not $(PUBLISH_URL)simple/ (tools/publish.py reads it).
PUBLISH_INDEX_URL ?=
# `make release`'s changelog date (default: today) and an optional sentence for each section.
RELEASE_DATE ?=
NOTE ?=

.PHONY: all help setup generate regenerate check wheels lint lint-specs test test-pythons \
	overrides-report bench docs release release-baseline publish clean distclean lock

all: generate wheels ## Main job: regenerate what changed, then build the sdists and wheels into dist/

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(VENV_STAMP): requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-virtualenv --no-deps -r requirements.lock
	@rm -f $(VENV)/.installed-* && touch $@

$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@rm -f node_modules/.installed-* && touch $@

setup: $(VENV_STAMP) $(NODE_STAMP) ## Create .venv (pinned Python tools) and node_modules (pinned npm tools)

generate: $(VENV_STAMP) ## Regenerate the packages whose inputs changed (returns at once if none did)
	@$(PY) -m generator generate

regenerate: $(VENV_STAMP) ## Regenerate every package, changed or not
	@$(PY) -m generator generate --force

check: $(VENV_STAMP) ## Fail if generated/ differs from a fresh generation (drift gate)
	@$(PY) -m generator check

overrides-report: $(VENV_STAMP) ## Say, per overlay action, whether it applied, matched nothing or changed nothing
	@$(PY) -m generator overrides-report

wheels: generate ## Build an sdist and a wheel per package into dist/ (the wheel from the sdist)
	@rm -rf dist && mkdir -p dist
	@for dist in $(DISTS); do \
		log=$$($(PY) -m build --no-isolation --outdir dist $$dist 2>&1) || { echo "$$log" >&2; exit 1; }; \
	done
	@ls dist

test-pythons: wheels ## Run the wheels on every Python the packages claim (noxfile.py; one line each)
	@$(PY) -m nox --non-interactive --parallel auto

lint-specs: $(VENV_STAMP) $(NODE_STAMP) ## Validate the specs (openapi-spec-validator, redocly lint)
	@$(PY) -m generator validate
	@node_modules/.bin/redocly lint --config .redocly.yaml --format=stylish \
		$(foreach api,$(APIS),specs/$(api).yaml)

lint: $(VENV_STAMP) lint-specs ## ruff and mypy --strict on generator/, bench/, tools/, docs/, tests/ (ruff) and every generated package
	$(PY) -m ruff check generator tests bench tools docs
	$(PY) -m ruff format --check generator tests bench tools docs
	MYPYPATH=$(MYPYPATH_GENERATED) $(PY) -m mypy --strict generator bench tools docs
	MYPYPATH=$(MYPYPATH_GENERATED) $(PY) -m mypy --strict $(foreach p,$(PACKAGES),-p $(p))
	$(PY) -m ruff check --config generator/ruff-generated.toml generated

test: lint check test-pythons docs ## Everything CI runs: lint, drift check, every Python, docs, all tests
	@$(PY) -m generator overrides-report || echo "WARNING: the overrides report found problems (see above)"
	@$(PY) -m generator release --check
	$(PY) -m pytest -q

docs: $(VENV_STAMP) ## Build the reference site (mkdocs --strict) into .cache/site from README.md and generated/
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict

bench: $(VENV_STAMP) ## Measure the performance figures side by side (see README, Performance)
	$(PY) -m bench

release: $(VENV_STAMP) ## Give each package that changed since its release the next version (README, Releasing)
	@$(PY) -m generator release $(if $(RELEASE_DATE),--date "$(RELEASE_DATE)") $(if $(NOTE),--note "$(NOTE)")

release-baseline: $(VENV_STAMP) ## Record generated/ as released at the versions in sdk.yaml (a new API)
	@$(PY) -m generator release --init-baseline

publish: wheels ## Upload dist/ to $PUBLISH_URL; files the index has are skipped if identical, refused if not
	@test -n "$(PUBLISH_URL)" || { echo "Set PUBLISH_URL to the index's upload URL." >&2; exit 2; }
	@$(PY) -m generator release --check
	@$(PY) tools/publish.py --repository-url "$(PUBLISH_URL)" \
		$(if $(PUBLISH_INDEX_URL),--index-url "$(PUBLISH_INDEX_URL)") dist/*.tar.gz dist/*.whl

clean: ## Remove generated/ packages, dist/ and caches (make generate rebuilds them)
	rm -rf dist .cache $(DISTS) .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -not -path './.venv/*' -not -path './node_modules/*' -prune -exec rm -rf {} +

distclean: clean ## Also remove .venv and node_modules
	rm -rf $(VENV) node_modules

lock: ## Re-resolve requirements.in into requirements.lock in a throwaway venv
	rm -rf .cache/lockvenv && $(PYTHON) -m venv .cache/lockvenv
	.cache/lockvenv/bin/pip install --quiet -r requirements.in
	{ echo '# Generated by `make lock` from requirements.in (pip freeze of a fresh venv). Do not edit by hand.'; \
	  .cache/lockvenv/bin/pip freeze --all | grep -vE '^(pip|setuptools|wheel)=='; } > requirements.lock
