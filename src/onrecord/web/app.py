"""The ``onrecord serve`` web app: one view per page, each with a JSON twin (datasette style).

Pages: ``/`` (search form, counts, top speakers), ``/search?q=...``, ``/quotes/{id}``,
``/speakers/{id}``, ``/articles/{id}``, ``/entities/{id}``. Append ``.json`` to any path (or
send ``Accept: application/json``) for the same data as JSON. Errors are 400/404 pages with
JSON twins too.

Security (article text is untrusted): Jinja2 autoescaping everywhere; a Content-Security-Policy
that allows no inline script or style (``default-src 'self'``; CSS is a static file); nosniff;
read-only database connections; parameterised SQL only; request lines longer than
``MAX_QUERY_BYTES`` / ``MAX_PATH_BYTES`` answered with 414; only GET and HEAD.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import OnrecordError
from ..search import QueryError, SearchQuery
from ..store import open_store
from ..store.base import Store
from . import render

HERE = Path(__file__).resolve().parent
MAX_QUERY_BYTES = 4096
MAX_PATH_BYTES = 1024
PAGE_SIZE = 50
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; object-src 'none'; "
     b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]


class Guard:
    """ASGI middleware: security headers on every response; oversized or non-GET requests refused."""

    def __init__(self, app: Any) -> None:  # an ASGI app (Starlette's own type is narrower than its __call__)
        self.app: ASGIApp = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *SECURITY_HEADERS]
            await send(message)

        problem = None
        if len(scope.get("query_string", b"")) > MAX_QUERY_BYTES or len(scope.get("raw_path") or b"") > MAX_PATH_BYTES:
            problem = (414, f"the address is too long (query at most {MAX_QUERY_BYTES} bytes); shorten the search")
        elif scope["method"] not in ("GET", "HEAD"):
            problem = (405, "only GET and HEAD are allowed here")
        if problem:
            status, message = problem
            body = json.dumps({"ok": False, "status": status, "error": message}).encode()
            response = Response(body, status_code=status, media_type="application/json")
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)


def _marked(text: str | None) -> Markup:
    """Escape ``text``, then turn the search highlight markers (U+E000/U+E001) into <mark> tags."""
    return Markup(str(escape(text or "")).replace("\ue000", "<mark>").replace("\ue001", "</mark>"))


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["marked"] = _marked
    env.globals["speaker_class"] = render.speaker_class
    return env


def wants_json(request: Request) -> bool:
    """True for ``.json`` paths and for requests that accept JSON but not HTML."""
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _ident(request: Request) -> str:
    return request.path_params["ident"].removesuffix(".json")


def _int_ident(request: Request, what: str) -> int:
    ident = _ident(request)
    if not ident.isdigit() or len(ident) > 18:
        raise HTTPException(404, f"no {what} with id {ident!r}")
    return int(ident)


def _page_param(request: Request) -> int:
    text = request.query_params.get("page", "1")
    if not text.isdigit() or not 1 <= int(text[:9]) <= 1_000_000:
        raise HTTPException(400, f"page {text!r} must be a whole number, 1 or more")
    return int(text)


class App:
    """The views over one database; ``create_app`` wraps it in Starlette."""

    def __init__(self, db: str | Path) -> None:
        self.db = str(db)
        if not Path(self.db).exists():  # never serve (and create) an empty database for a mistyped name
            open_store(self.db, readonly=True)  # raises StoreError: the message 'onrecord search' gives
        open_store(self.db).close()  # migrates once, so read-only connections find the schema
        self.local = threading.local()
        self.env = _environment()

    @property
    def store(self) -> Store:
        """A read-only store per worker thread (sqlite3 connections are not shared across threads)."""
        store = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = open_store(self.db, readonly=True)
        return store

    def respond(self, request: Request, template: str, data: dict[str, Any], status: int = 200,
                **extra: Any) -> Response:
        """The JSON twin or the HTML page for ``data``."""
        if wants_json(request):
            return JSONResponse({"ok": status < 400, **data}, status_code=status)
        html = self.env.get_template(template).render(data=data, request=request, **extra)
        return HTMLResponse(html, status_code=status)

    def not_found(self, what: str, ident: Any) -> HTTPException:
        return HTTPException(404, f"no {what} with id {ident!r}")

    # -- views ---------------------------------------------------------------------------
    def home(self, request: Request) -> Response:
        # counts and top speakers cost ~150 ms at 100k quotes: computed again only after a commit
        version = self.store.data_version()
        cached = getattr(self.local, "home", None)
        if version is None or cached is None or cached[0] != version:
            cached = self.local.home = (version, {"stats": self.store.stats(),
                                                  "top_speakers": self.store.top_speakers(10)})
        return self.respond(request, "home.html", cached[1], title="onrecord")

    def search(self, request: Request) -> Response:
        try:
            query = SearchQuery.from_params(dict(request.query_params))
        except QueryError as exc:
            raise HTTPException(400, str(exc)) from exc
        data = self.store.search(query)
        params = {k: v for k, v in query.to_dict().items() if v and k not in ("page", "page_size")}
        links = {
            "prev": f"/search?{urlencode({**params, 'page': query.page - 1})}" if query.page > 1 else None,
            "next": f"/search?{urlencode({**params, 'page': query.page + 1})}" if query.page < data["pages"] else None,
            "json": f"/search.json?{urlencode({**params, 'page': query.page})}",
        }
        return self.respond(request, "search.html", data, title=f"{query.q or 'all quotes'} - search",
                            query=query, links=links)

    def quote(self, request: Request) -> Response:
        ident = _int_ident(request, "quote")
        data = self.store.quote(ident)
        if data is None:
            raise self.not_found("quote", ident)
        return self.respond(request, "quote.html", data, title=f"quote {ident}")

    def _paged(self, request: Request, kind: str, fetch, template: str, **extra) -> Response:
        """A page of one speaker's or entity's quotes (404 when the id is unknown)."""
        ident = _int_ident(request, kind)
        data = fetch(ident, page=_page_param(request), page_size=PAGE_SIZE)
        if data is None:
            raise self.not_found(kind, ident)
        extras = {name: make(data) for name, make in extra.items()}
        return self.respond(request, template, data, title=data["name"],
                            pages=max(1, -(-data["total"] // PAGE_SIZE)), **extras)

    def speaker(self, request: Request) -> Response:
        return self._paged(request, "speaker", self.store.speaker, "speaker.html",
                           chart=lambda data: render.timeline(data["months"]))

    def entity(self, request: Request) -> Response:
        return self._paged(request, "entity", self.store.entity, "entity.html")

    def article(self, request: Request) -> Response:
        ident = _ident(request)
        data = self.store.article(ident) if len(ident) <= 64 else None
        if data is None:
            raise self.not_found("article", ident)
        segments = render.article_segments(data["text"], data["quotes"], data["boilerplate"])
        speakers: dict[Any, dict[str, Any]] = {}
        for q in data["quotes"]:
            entry = speakers.setdefault(q["speaker_id"], {"id": q["speaker_id"], "name": q["speaker"] or
                                                          q["speaker_name"] or "unknown speaker", "quotes": 0})
            entry["quotes"] += 1
        return self.respond(request, "article.html", data, title=data["title"] or data["source"],
                            segments=segments, speakers=list(speakers.values()))

    async def error(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if isinstance(exc, HTTPException):
            detail = exc.detail
        elif isinstance(exc, OnrecordError):
            detail = str(exc)
        else:
            detail = "something went wrong on the server; the error has been logged"
        if status == 404 and detail in ("Not Found", None):
            detail = f"there is no page at {request.url.path!r}"
        data = {"status": status, "error": detail}
        if wants_json(request):
            return JSONResponse({"ok": False, **data}, status_code=status)
        html = self.env.get_template("error.html").render(data=data, request=request, title=f"error {status}")
        return HTMLResponse(html, status_code=status)


def create_app(db: str | Path) -> Guard:
    """The ASGI app serving database ``db`` (run it with uvicorn, or test it with starlette's TestClient)."""
    views = App(db)
    routes = [Route("/", views.home), Route("/index.json", views.home),
              Route("/search", views.search), Route("/search.json", views.search),
              Mount("/static", StaticFiles(directory=HERE / "static"), name="static")]
    for name in ("quotes", "speakers", "articles", "entities"):
        view = getattr(views, {"quotes": "quote", "speakers": "speaker", "articles": "article",
                               "entities": "entity"}[name])
        routes.append(Route(f"/{name}/{{ident}}", view))
    app = Starlette(routes=routes, exception_handlers={HTTPException: views.error, Exception: views.error})
    app.state.views = views
    return Guard(app)
