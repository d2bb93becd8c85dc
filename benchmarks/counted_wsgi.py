"""The app as gunicorn serves it, marking each response it rendered (rather than served from
the page cache) with `X-Bench-Rendered: 1`: a render runs SQL, a cache hit runs none. Only the
web benchmark uses it, to count cache hits exactly."""

import os

from django.core.wsgi import get_wsgi_application
from django.db import connection

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings")
django_app = get_wsgi_application()


def application(environ, start_response):
    ran_sql = []

    def count(execute, sql, params, many, context):
        ran_sql.append(True)
        return execute(sql, params, many, context)

    def marked_start(status, headers, exc_info=None):
        if ran_sql:
            headers = [*headers, ("X-Bench-Rendered", "1")]
        return start_response(status, headers, exc_info)

    with connection.execute_wrapper(count):
        return django_app(environ, marked_start)
