"""Settings from the environment, with defaults that need no server (SQLite, eager Celery)."""

import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from kombu import Queue

from negotiations.limits import MAX_CHARS

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(int(default))).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me" if DEBUG else "")
if not SECRET_KEY:
    raise RuntimeError("SECRET_KEY must be set when DEBUG is off.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "ninja",
    "template_partials",
    "csp",
    "axes",
    "negotiations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, so it turns a login refused for a lock into the lockout page.
    "axes.middleware.AxesMiddleware",
]

if not DEBUG:
    # In production gunicorn serves the collected static files; runserver does it in DEBUG.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "negotiations.urls"
WSGI_APPLICATION = "negotiations.wsgi.application"

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
                "negotiations.switcher.negotiation_switcher",
            ],
        },
    }
]

# Connections are kept for DATABASE_CONN_MAX_AGE seconds (0: one per request or task), in web
# processes and Celery workers alike; one found broken is replaced before it is used.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Pages run short indexed queries; compiling one whose cost estimate crosses the JIT
    # threshold adds about 300 ms, far more than the query itself.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "watching"
LOGOUT_REDIRECT_URL = "home"
# Axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling on both login pages. Either lock alone: one account tried from many addresses,
# or one address trying many accounts. Attempts live in the database: a Redis outage lifts no lock.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "negotiations.logins.AccountAttempts"
AXES_LOCKOUT_CALLABLE = "negotiations.logins.locked_out"
AXES_VERBOSE = False  # no banner on every manage.py command and worker start

# Ingest forms post multipart (not percent-encoded): MAX_CHARS of 4-byte UTF-8, plus other fields.
DATA_UPLOAD_MAX_MEMORY_SIZE = 4 * MAX_CHARS + 64 * 1024

# Security: strict by default outside DEBUG so `check --deploy` is clean.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Every request arrives from the proxy; without this one lock would shut out everyone.
    AXES_CLIENT_IP_CALLABLE = "negotiations.logins.forwarded_address"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# Celery: a Redis broker when REDIS_URL is set; otherwise tasks run in-process.
REDIS_URL = os.environ.get("REDIS_URL", "")


# Without Redis, pages and their scope versions live in files here (see cache_settings).
CACHE_DIR = os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache"))


def cache_settings(redis_url: str, cache_dir: str = CACHE_DIR) -> dict:
    """Redis when configured (with Redis down pages still render, uncached), else files.

    Files rather than memory: the server's workers, `manage.py ingest` and every other process
    on the host share them, so a write from any process refreshes the pages readers get. Keeping
    the versions in the database instead would cost a query on every cached page; file writes
    are atomic (a rename), and bumps write a fresh clock reading, never read-modify-write.
    """
    if not redis_url:
        return {
            "default": {
                "BACKEND": "negotiations.cache_backend.SharedFileCache",
                "LOCATION": cache_dir,
                "OPTIONS": {"MAX_ENTRIES": 5000},
            }
        }
    return {
        "default": {
            "BACKEND": "negotiations.cache_backend.DegradingRedisCache",
            "LOCATION": redis_url,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }


# The shared cache holds the pages rendered for anonymous readers and the versions of their
# scopes (a negotiation, an actor, a proposal, a record, or every page across negotiations).
CACHES = cache_settings(REDIS_URL)
# Requests each client may make to the read API, per second, minute, hour or day.
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "120/m")
# How long a rendered page may stay cached (0 turns the page cache off); writes invalidate sooner.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# A write invalidates only the pages that can show it, but a page younger than this is still
# served after its scope changed: under steady ingestion a page renders at most once per
# window, and readers learn of new items through the timeline's poll meanwhile. Logged-in
# editors are never served cached pages, so they see their own writes at once. 0 serves no page
# after a change.
PAGE_COALESCE_SECONDS = float(os.environ.get("PAGE_COALESCE_SECONDS", "5"))
# A searched timeline's chart counts the matches over every record (the counts table cannot
# answer a search); while articles keep arriving it is recounted at most this often.
SCANNED_CHART_SECONDS = float(os.environ.get("SCANNED_CHART_SECONDS", "60"))
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
CELERY_RESULT_EXPIRES = 3600
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# One queue per kind of work, so fetchers, extractors and feed pollers can run on different
# hosts (`celery worker -Q fetch,feeds`, `-Q extract`); a worker without -Q takes all three.
CELERY_TASK_QUEUES = [Queue("fetch"), Queue("extract"), Queue("feeds")]
CELERY_TASK_DEFAULT_QUEUE = "extract"
CELERY_TASK_ROUTES = {
    "negotiations.tasks.fetch_job": {"queue": "fetch"},
    "negotiations.tasks.ingest_job": {"queue": "extract"},
    "negotiations.tasks.reextract_articles": {"queue": "extract"},
    "negotiations.tasks.poll_feeds": {"queue": "feeds"},
    "negotiations.tasks.poll_feed": {"queue": "feeds"},
    "negotiations.tasks.sweep_stale_jobs": {"queue": "feeds"},
}
# Celery's Django fixup closes every database connection around each task unless told to reuse
# them this many times; "always", so that CONN_MAX_AGE decides, as around a web request
# (the checks before and after each task are in negotiations/celery.py).
CELERY_DB_REUSE_MAX = sys.maxsize
# Ingestion is background work: where workers share a host with the web server, their pool
# processes run at this niceness (0-19) so readers' requests are scheduled first.
WORKER_NICENESS = int(os.environ.get("WORKER_NICENESS", "10"))
# Workers' commits do not wait for the disk (PostgreSQL's synchronous_commit=off): each would
# otherwise wait for an fsync, milliseconds a job. A database crash can lose the last fraction
# of a second of stored jobs, never corrupt them, and the sweep queues those jobs again
# (RUNNING_LIMIT). Editors' writes come from the web processes, which keep waiting. "on" waits.
WORKER_SYNCHRONOUS_COMMIT = os.environ.get("WORKER_SYNCHRONOUS_COMMIT", "off")
# A publish to a stopped broker must fail fast so the request still commits its job.
# A broker host that drops packets must not hang a request or /healthz either.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "socket_connect_timeout": 2,
}
# Feeds are polled when due; jobs stranded by a broker outage or a dead worker are re-enqueued.
CELERY_BEAT_SCHEDULE = {
    "poll-feeds": {"task": "negotiations.tasks.poll_feeds", "schedule": 60.0},
    "sweep-stale-jobs": {"task": "negotiations.tasks.sweep_stale_jobs", "schedule": 60.0},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
