"""Settings read from the environment (12-factor). Every variable is listed in README.md."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False) if (BASE_DIR / ".env").exists() else None

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="insecure-development-key-change-me-for-any-deployment")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "simple_history",
    "tracker",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "tracker.middleware.RefuseNulInApiQuery",
    "tracker.middleware.StatementTimeout",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",  # who made each change
    "axes.middleware.AxesMiddleware",  # last: turns a lock-out into its response
]

# Login attempts are throttled: after AXES_FAILURE_LIMIT failures for a user name from one
# address, that pair is locked out for AXES_COOLOFF_TIME hours.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_TIME", default=1.0)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/tracker; default: a SQLite file.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, not memory, so that a real worker process can share the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test_db.sqlite3")}
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    # Writers take the lock when their transaction begins: two processes storing reports of one
    # event cannot both miss each other's fact (articles.merging), and no "database is locked"
    # surprise mid-transaction.
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Every statement of a search is cut off after this many milliseconds (PostgreSQL); the page then
# asks for a narrower query instead of holding a web worker.
SEARCH_TIMEOUT_MS = env.int("SEARCH_TIMEOUT_MS", default=3000)
# Every statement a web request runs (PostgreSQL) is cut off after this many milliseconds (0: no
# limit); the request then answers 503 with what to do (tracker.middleware.StatementTimeout).
WEB_STATEMENT_TIMEOUT_MS = env.int("WEB_STATEMENT_TIMEOUT_MS", default=5000)

# --- Ingest limits -------------------------------------------------------------------------
ARTICLE_MAX_CHARS = env.int("ARTICLE_MAX_CHARS", default=2_000_000)
# Fetching article pages and feeds (articles.fetch): a bound on time, size and redirects. Private
# and local addresses are refused unless FETCH_ALLOW_PRIVATE (tests serve pages on localhost).
FETCH_TIMEOUT = env.float("FETCH_TIMEOUT", default=20.0)
FETCH_MAX_BYTES = env.int("FETCH_MAX_BYTES", default=10_000_000)
FETCH_MAX_REDIRECTS = env.int("FETCH_MAX_REDIRECTS", default=5)
FETCH_ALLOW_PRIVATE = env.bool("FETCH_ALLOW_PRIVATE", default=False)
# Networks fetched although not public: a feed on your own network ("10.1.2.0/24"), nothing else.
FETCH_ALLOW_NETWORKS = env.list("FETCH_ALLOW_NETWORKS", default=[])
# Syndicated copies: two articles whose fingerprints agree this much (estimated Jaccard
# similarity of their word shingles) are one story.
STORY_SIMILARITY = env.float("STORY_SIMILARITY", default=0.5)
# Counts and charts are cached per version of the data (tracker.selectors.cached); a deletion
# that leaves the newest rows as they were shows once an entry is this old.
AGGREGATE_CACHE_SECONDS = env.int("AGGREGATE_CACHE_SECONDS", default=300)
# Whole public pages and API answers for anonymous readers, keyed by the same data version
# (tracker.response_cache); 0 turns it off. Responses larger than the size are not kept.
RESPONSE_CACHE_SECONDS = env.int("RESPONSE_CACHE_SECONDS", default=120)
RESPONSE_CACHE_MAX_BYTES = env.int("RESPONSE_CACHE_MAX_BYTES", default=1_000_000)
# After a Redis cache error, each process leaves the cache alone (every call a miss) this long.
CACHE_DOWN_SECONDS = env.float("CACHE_DOWN_SECONDS", default=15.0)
# Near-duplicate candidates compared per new article: those sharing the most LSH bands.
STORY_CANDIDATES = env.int("STORY_CANDIDATES", default=50)

# --- Celery ---------------------------------------------------------------------------------
# With no REDIS_URL, tasks run in-process (eager); with one, they go to Redis for a worker.
REDIS_URL = env("REDIS_URL", default="")
CELERY_BROKER_URL = REDIS_URL or "memory://localhost/"  # (a host named: kombu warns without one)


def _redis_db(url: str, db: int) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{db}", parts.query, ""))


# The versioned page caches (tracker.selectors.cached): with Redis, one cache that every web
# process and worker shares, in a database of its own (CACHE_URL; by default REDIS_URL's host,
# database 1) so that clearing it never touches the task queue; without Redis, local memory.
if REDIS_URL or env("CACHE_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "tracker.cache_backend.RedisCache",
            "LOCATION": env("CACHE_URL", default="") or _redis_db(REDIS_URL, 1),
            "KEY_PREFIX": "tracker",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_QUEUE", default="tracker")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=600)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=540)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Celery's Django fixup closes the database connection before and after every task unless this
# is set: a new PostgreSQL connection per article (about a third of a short task's time). With it,
# a worker keeps its connection; tracker.celery closes one that broke or outlived CONN_MAX_AGE.
CELERY_DB_REUSE_MAX = env.int("CELERY_DB_REUSE_MAX", default=1000)
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)}
# The sweep (Celery beat) queues again articles stuck in "processing" past this many seconds
# (their worker died) and "pending" ones older than ARTICLE_PENDING_REQUEUE_AFTER (broker down).
ARTICLE_PROCESSING_TIMEOUT = env.int("ARTICLE_PROCESSING_TIMEOUT", default=900)
ARTICLE_PENDING_REQUEUE_AFTER = env.int("ARTICLE_PENDING_REQUEUE_AFTER", default=300)
CELERY_BEAT_SCHEDULE = {
    "sweep-stuck-articles": {
        "task": "articles.tasks.sweep_stuck_articles",
        "schedule": env.float("SWEEP_INTERVAL", default=60.0),
    },
    "poll-feeds": {
        "task": "articles.tasks.poll_feeds",
        "schedule": env.float("FEED_POLL_INTERVAL", default=300.0),
    },
}
CELERY_BROKER_CONNECTION_TIMEOUT = 3

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "tracker.api.schema.TrackerAutoSchema",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_THROTTLE_ANON", default="120/minute"),
        "user": env("API_THROTTLE_USER", default="600/minute"),
    },
    "URL_FORMAT_OVERRIDE": "format",
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "tracker.api.exports.StrictContentNegotiation",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "China–North Korea relations tracker API",
    "DESCRIPTION": "Every fact the site shows, with its evidence (article, outlet, language, sentence, span).",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "tracker.api.schema.no_null_characters",
    ],
    "ENUM_NAME_OVERRIDES": {
        "ActorKindEnum": "tracker.models.ActorKind",
        "PlaceKindEnum": "tracker.models.PlaceKind",
        "MeetingKindEnum": "tracker.models.MeetingKind",
        "VisitStatusEnum": "tracker.models.VisitStatus",
        "TradeStatusEnum": "tracker.models.TradeStatus",
        "ArticleStatusEnum": "articles.models.ArticleStatus",
        "DatePrecisionEnum": "tracker.models.DatePrecision",
        "ReviewStateEnum": "tracker.models.ReviewState",
    },
}
# Largest POST body the API reads (answers 413 above it); Django's own limit sits just above.
API_MAX_BODY_BYTES = env.int("API_MAX_BODY_BYTES", default=5_000_000)
DATA_UPLOAD_MAX_MEMORY_SIZE = API_MAX_BODY_BYTES + 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "filters": {"task_success_at_debug": {"()": "tracker.logfilters.TaskSuccessAtDebug"}},
    # a task's success line at debug level (retries and failures stay at their own level)
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "celery.app.trace": {"filters": ["task_success_at_debug"]},
    },
}
