"""Run the dashboard: `python app.py [--host H] [--port P]` (builds the database if missing)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from etl.config import resolve_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the police inspection grades dashboard.")
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"), help="address (env HOST)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8050")), help="port (env PORT)")
    parser.add_argument(
        "--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")), help="gunicorn workers"
    )
    parser.add_argument("--db", help="database file (env HMIC_DB; default data/hmic.db)")
    parser.add_argument("--database-url", help="serve from PostgreSQL instead (env DATABASE_URL)")
    arguments = parser.parse_args(argv)
    settings = resolve_settings(db=arguments.db, database_url=arguments.database_url)
    if not settings.database_url and not settings.db.exists():
        print(f"{settings.db} not found: building it first (python -m etl)", file=sys.stderr)
        from etl.__main__ import main as build_database

        status = build_database(["--db", str(settings.db)])
        if status:
            return status
    serve(settings.target, arguments.host, arguments.port, arguments.workers)
    return 0


def serve(target: Path | str, host: str, port: int, workers: int) -> None:
    """Serve with gunicorn (production WSGI server, debug off)."""
    from gunicorn.app.base import BaseApplication

    from dashboard.factory import create_app

    class Server(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("accesslog", None)  # the app logs each request as JSON on stdout

        def load(self):
            return create_app(target).server

    print(f"Serving on http://{host}:{port}", file=sys.stderr, flush=True)
    Server().run()


if __name__ == "__main__":
    sys.exit(main())
