# Two commands: `make run` (set up and serve with demo data) and `make test` (the whole suite).
SHELL := /bin/bash
PORT ?= 8000
ifdef VIRTUAL_ENV
VENV := $(VIRTUAL_ENV)
else
VENV := .venv
endif
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install lint bench clean worker screenshots audit loadtest

$(PY):
	python3 -m venv $(VENV)

$(STAMP): $(PY) requirements.txt requirements-dev.txt
	$(PY) -m pip install --quiet --upgrade pip
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: install
	$(PY) manage.py migrate --noinput
	@set -euo pipefail; \
	if $(PY) manage.py broker_status --quiet; then \
	  echo "Redis at $$REDIS_URL is reachable: starting a Celery worker beside the web server."; \
	  $(VENV)/bin/celery -A tracker worker --loglevel=INFO --concurrency=2 & WORKER=$$!; \
	  $(VENV)/bin/celery -A tracker beat --loglevel=INFO --schedule=/tmp/tracker-celerybeat-schedule & BEAT=$$!; \
	  trap 'kill $$WORKER $$BEAT 2>/dev/null || true' EXIT INT TERM; \
	else \
	  echo "No reachable Redis (REDIS_URL unset or down): tasks run in-process, in the web server."; \
	  export CELERY_TASK_ALWAYS_EAGER=true; \
	fi; \
	$(PY) manage.py load_demo; \
	ADMIN_LINE=$$($(PY) manage.py ensure_admin); \
	echo ""; \
	echo "────────────────────────────────────────────────────────────"; \
	echo "Serving  http://127.0.0.1:$(PORT)/"; \
	echo "Admin    http://127.0.0.1:$(PORT)/admin/   $$ADMIN_LINE"; \
	echo "Review   http://127.0.0.1:$(PORT)/review/"; \
	echo "API      http://127.0.0.1:$(PORT)/api/v1/  (docs: /api/v1/docs/)"; \
	echo "────────────────────────────────────────────────────────────"; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

worker: install
	$(VENV)/bin/celery -A tracker worker --loglevel=INFO

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

test: lint
	$(VENV)/bin/pytest

clean:
	rm -rf $(VENV) db.sqlite3 test_db.sqlite3 staticfiles

# The whole benchmark (README, "Performance"): a scratch PostgreSQL database, dropped and created
# again, and Redis database 3 for the workers' queue.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/tracker_bench
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/3
BENCH_ARGS ?= --pages 1000,100000
bench: install
	DATABASE_URL=$(BENCH_DATABASE_URL) REDIS_URL=$(BENCH_REDIS_URL) API_THROTTLE_ANON=1000000/minute \
	  $(PY) manage.py bench --fresh-database $(BENCH_ARGS)

# Screenshots of a running server (make run in another terminal) with Debian's Chromium.
screenshots: install
	$(PY) manage.py screenshots --base http://127.0.0.1:$(PORT) --out docs/screenshots

# Known vulnerabilities in the pinned requirements. Needs PyPI's JSON API or OSV to be reachable
# (see README, "Reliability and security"); --strict fails on any package it could not check.
audit: install
	$(PY) -m pip install --quiet pip-audit==2.10.1
	$(VENV)/bin/pip-audit --strict --no-deps --disable-pip -r requirements.txt

# Load test: the production settings under gunicorn (2 sync workers) on the benchmark database
# (make bench, or manage.py synth, fills it), Locust headless for LOAD_TIME with LOAD_USERS clients.
# The cache is emptied first: every run starts as a server just deployed.
LOAD_USERS ?= 32
LOAD_TIME ?= 60s
LOAD_PORT ?= 8001
loadtest: install
	@set -euo pipefail; \
	export DATABASE_URL=$(BENCH_DATABASE_URL) REDIS_URL=$(BENCH_REDIS_URL) DJANGO_SETTINGS_MODULE=tracker.settings.production \
	  SECRET_KEY=loadtest-only-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz ALLOWED_HOSTS=127.0.0.1 \
	  SECURE_SSL_REDIRECT=false API_THROTTLE_ANON=1000000/minute API_THROTTLE_USER=1000000/minute; \
	$(PY) manage.py collectstatic --noinput -v0; \
	$(PY) manage.py shell -c "from django.core.cache import cache; cache.clear()"; \
	$(VENV)/bin/gunicorn tracker.wsgi --workers 2 --bind 127.0.0.1:$(LOAD_PORT) --timeout 60 --log-level warning & GUNICORN=$$!; \
	trap 'kill $$GUNICORN 2>/dev/null || true' EXIT INT TERM; \
	for _ in $$(seq 1 50); do curl -fs -o /dev/null http://127.0.0.1:$(LOAD_PORT)/ && break; sleep 0.5; done; \
	echo "Load test: $(LOAD_USERS) clients for $(LOAD_TIME), production settings, gunicorn 2 workers, database $$DATABASE_URL"; \
	$(VENV)/bin/locust -f tracker/loadtest.py --headless --users $(LOAD_USERS) --spawn-rate 8 --run-time $(LOAD_TIME) \
	  --host http://127.0.0.1:$(LOAD_PORT) --only-summary --stop-timeout 10
