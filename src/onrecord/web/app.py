"""The ``onrecord serve`` web app: one view per page, each with a JSON twin (datasette style).

Pages (docs/web.md lists them with their parameters): ``/``, ``/search``, ``/quotes/{id}``,
``/speakers`` and ``/speakers/{id}``, ``/outlets`` and ``/outlets/{name}``, ``/entities`` and
``/entities/{id}``, ``/articles`` and ``/articles/{id}``, ``/stats``. Append ``.json`` to any
path (or send ``Accept: application/json``) for the same data as JSON; every page that lists
rows has a CSV twin too (``.csv``, linked from the page as a download). Errors are 400/404
pages with JSON twins. Charts are SVG drawn on the server: the pages run no script.

Security (article text is untrusted): Jinja2 autoescaping everywhere; a Content-Security-Policy
that allows no inline script or style (``default-src 'self'``; CSS is a static file); nosniff;
read-only database connections; parameterised SQL only; request lines longer than
``MAX_QUERY_BYTES`` / ``MAX_PATH_BYTES`` answered with 414; only GET and HEAD; only the allowed
host names (``HostCheck``: DNS rebinding); every read under the ``query_time_limit`` (503 past
it), requests past ``LANE_AFTER_CPU`` of work (or of a costly shape, ``search.is_heavy``) taking turns
(``LONG_REQUESTS`` at a time).
"""

from __future__ import annotations

import functools
import io
import json
import os
import threading
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote as urlquote
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import settings
from ..errors import OnrecordError
from ..search import QueryError, QueryTimeout, SearchQuery, is_heavy, is_id, whole_number
from ..settings import get as setting
from ..store import open_store
from ..store.base import Store
from ..store.context import long_date
from ..store.export import write_csv
from ..store.speakers import AmbiguousSpeaker
from . import render

HERE = Path(__file__).resolve().parent
MAX_QUERY_BYTES = 4096
#: requests past Store's LANE_AFTER_CPU of work that may run at once (half the cores); the others wait
LONG_REQUESTS = max(1, (os.cpu_count() or 2) // 2)
MAX_PATH_BYTES = 1024
def _page_size() -> int:
    """Rows per page: the ``page_size`` setting (ONRECORD_PAGE_SIZE)."""
    return int(settings.get("page_size"))


STATS_OUTLETS = 15  # outlets charted on /stats (those quoting the most people); /outlets has them all
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


#: the only paths that take writes, and only with ``create_app(db, allow_writes=True)`` (``serve --allow-writes``)
WRITE_PATHS = ("/corrections", "/corrections.json")
WRITE_PREFIX = "/corrections/"
MAX_BODY_BYTES = 16_384


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _write_problem(scope: Scope) -> tuple[int, str] | None:
    """Why a write request is refused, or None: POST to /corrections or DELETE /corrections/ID only,
    a JSON body (a form on another site cannot send one without asking first, and nothing here
    answers that question), and a page of this very server when the browser says where it came from."""
    path, method = scope.get("path", ""), scope["method"]
    if not ((method == "POST" and path in WRITE_PATHS) or (method == "DELETE" and path.startswith(WRITE_PREFIX))):
        return 405, "only GET and HEAD are allowed here; writes are POST /corrections and DELETE /corrections/ID"
    if method == "POST" and (_header(scope, b"content-type") or "").split(";")[0].strip() != "application/json":
        return 415, "send the correction as JSON (Content-Type: application/json)"
    origin, host = _header(scope, b"origin"), _header(scope, b"host")
    if origin is not None and (origin == "null" or origin.split("://", 1)[-1] != host):
        return 403, f"a write from another site ({origin}) is refused; send it from this server's own address"
    length = _header(scope, b"content-length")
    if length is not None and (not is_id(length) or int(length) > MAX_BODY_BYTES):
        return 413, f"the request body is over {MAX_BODY_BYTES} bytes; one correction is much smaller"
    return None


class Guard:
    """ASGI middleware: security headers on every response; oversized requests refused; only GET
    and HEAD, unless ``allow_writes`` (then also the JSON writes of ``WRITE_PATHS``, checked by
    ``_write_problem``)."""

    def __init__(self, app: Any, allow_writes: bool = False) -> None:  # an ASGI app (Starlette's type is narrower)
        self.app: ASGIApp = app
        self.allow_writes = allow_writes

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
            problem = _write_problem(scope) if self.allow_writes else (
                405, "only GET and HEAD are allowed here (this server is read-only; 'onrecord serve --allow-writes' "
                     "takes corrections)")
        if problem:
            status, message = problem
            body = json.dumps({"ok": False, "status": status, "error": message}).encode()
            response = Response(body, status_code=status, media_type="application/json")
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)


#: the Host names of a loopback server (an IPv6 address is written in brackets in a Host header)
LOOPBACK_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")
ANY_ADDRESS = ("0.0.0.0", "::", "[::]", "")


def bound_hosts(host: str) -> list[str]:
    """The host names a server listening on ``host`` answers to: the loopback names for a
    loopback address; the address itself for any other; for every address (0.0.0.0, ::) the
    loopback names and this machine's names (others: ``serve --allowed-host``). IPv6 addresses
    come in brackets, as a Host header writes them."""
    if host in (*LOOPBACK_HOSTS, "::1"):
        return list(LOOPBACK_HOSTS)
    if host in ANY_ADDRESS:
        import socket

        return list(dict.fromkeys([*LOOPBACK_HOSTS, socket.gethostname().lower(), socket.getfqdn().lower()]))
    host = host.strip("[]").lower()
    return [f"[{host}]" if ":" in host else host]


def allowed_hosts_setting() -> list[str] | None:
    """The ``allowed_hosts`` setting (ONRECORD_ALLOWED_HOSTS, comma-separated) as a list; None when unset."""
    names = [h.strip().lower() for h in str(setting("allowed_hosts") or "").split(",") if h.strip()]
    return names or None


class HostCheck:
    """ASGI middleware: Starlette's TrustedHostMiddleware (DNS rebinding: a page of another site
    that made its own name point at this machine sends ``Host: its.name``), answering a refused
    Host with a JSON 400 that says what to do instead of Starlette's plain "Invalid host header"."""

    def __init__(self, app: Any, allowed_hosts: Sequence[str]) -> None:
        self.app: ASGIApp = app
        self.allowed = list(allowed_hosts)
        passed: Any = self._passed  # an ASGI app (Starlette's type is narrower)
        self.check = TrustedHostMiddleware(passed, allowed_hosts=self.allowed, www_redirect=False)

    async def _passed(self, scope: Scope, receive: Any, send: Any) -> None:
        scope["onrecord.host_ok"] = True
        await self.app(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = False

        async def guarded_send(message: Any) -> None:
            nonlocal refused
            if scope.get("onrecord.host_ok"):
                await send(message)
            elif not refused:  # TrustedHostMiddleware refused the Host: say why, once
                refused = True
                host = (_header(scope, b"host") or "")[:100]
                error = (f"this server does not answer to the host name {host!r} (it answers to "
                         f"{', '.join(self.allowed)}); open it by one of those, or start it with "
                         "'onrecord serve --allowed-host NAME'")
                body = json.dumps({"ok": False, "status": 400, "error": error}).encode()
                await Response(body, status_code=400, media_type="application/json")(scope, receive, send)

        await self.check(scope, receive, guarded_send)


def _marked(text: str | None) -> Markup:
    """Escape ``text``, then turn the search highlight markers (U+E000/U+E001) into <mark> tags."""
    return Markup(str(escape(text or "")).replace("\ue000", "<mark>").replace("\ue001", "</mark>"))


def public_source(source: str | None) -> str | None:
    """An article's ``source`` as the pages show it by default: the file name and what follows it
    (``feed.jsonl:12``), without the folders of the machine that ingested it."""
    if not source:
        return source
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source


def web_url(url: Any) -> str | None:
    """``url`` when it may become a link ("original"): http or https with a host; None for any
    other scheme (``javascript:``, ``data:``), a scheme-relative ``//host`` or a relative path."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def local_path(path: str) -> str:
    """``path`` as a path on this server: leading slashes and backslashes become one slash, so a
    request for ``//evil.example/x`` can never make a link (``//evil.example/x.json``) to another host."""
    return "/" + path.lstrip("/\\")


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(100 * value)}%"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["marked"] = _marked
    env.filters["percent"] = _percent
    env.filters["web_url"] = web_url
    env.filters["local_path"] = local_path
    env.filters["urlpart"] = lambda value: urlquote(str(value), safe="")
    env.globals["speaker_class"] = render.speaker_class
    env.globals["share_bar"] = render.share_bar
    env.globals["long_date"] = long_date
    return env


def wants_json(request: Request) -> bool:
    """True for ``.json`` paths and for requests that accept JSON but not HTML."""
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def wants_csv(request: Request) -> bool:
    return request.url.path.endswith(".csv")


def _ident(request: Request) -> str:
    return request.path_params["ident"].removesuffix(".json").removesuffix(".csv")


def _int_ident(request: Request, what: str) -> int:
    ident = _ident(request)
    if not is_id(ident):  # ASCII digits only, at most 18: '²' or a 30-digit number names nothing
        raise HTTPException(404, f"no {what} with id {ident!r}; ids are whole numbers (0-9)")
    return int(ident)


def _page_param(request: Request, name: str = "page") -> int:
    try:
        return whole_number(request.query_params.get(name) or "1", name)
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from exc


def _query(request: Request, **defaults: Any) -> SearchQuery:
    try:
        return SearchQuery.from_params(dict(request.query_params), **defaults)
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from exc


def link(path: str, params: dict[str, Any], **changes: Any) -> str:
    """``path?params`` with ``changes`` (None removes a parameter; page 1 is left out)."""
    merged = {**params, **changes}
    merged = {k: v for k, v in merged.items() if v not in (None, "") and not (k == "page" and v == 1)}
    return path + ("?" + urlencode(merged) if merged else "")


def csv_response(rows: list[dict[str, Any]], columns: list[str], name: str) -> Response:
    """Rows as a CSV download (``name``.csv), columns in order, lists as JSON, formulas neutralised."""
    out = io.StringIO()
    write_csv(out, columns, rows)  # formulas neutralised, as in every CSV onrecord writes
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:80] or "onrecord"
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{safe}.csv"'})


#: what a quote row holds in the CSV twins (search, speaker, entity pages)
QUOTE_COLUMNS = ["id", "date", "outlet", "speaker", "gender", "kind", "cue", "confidence", "text", "context",
                 "title", "url", "article_id"]
STAT_COLUMNS = ["quotes", "quotes_female", "quotes_male", "quotes_unknown", "share_female_quotes",
                "people", "people_female", "people_male", "people_unknown", "share_female_people"]
INDEX_COLUMNS = {
    "speakers": ["id", "name", "type", "gender", "authority_id", "quotes", "articles", "outlets", "first", "last"],
    "outlets": ["outlet", "articles", "first", "last", *STAT_COLUMNS],
    "entities": ["id", "name", "type", "articles", "quotes", "speakers"],
    "articles": ["id", "date", "outlet", "title", "author", "url", "quotes", "source"],
}


def _quote_rows(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**q, "speaker": q.get("speaker") or q.get("speaker_name")} for q in quotes]


class App:
    """The views over one database; ``create_app`` wraps it in Starlette."""

    def __init__(self, db: str | Path, allow_writes: bool = False, show_sources: bool = False) -> None:
        self.db = str(db)
        self.allow_writes = allow_writes
        self.show_sources = show_sources
        self.write_lock = threading.Lock()
        if not Path(self.db).exists():  # never serve (and create) an empty database for a mistyped name
            open_store(self.db, readonly=True)  # raises StoreError: the message 'onrecord search' gives
        with open_store(self.db) as store:  # migrates once, so read-only connections find the schema
            if store.identities_stale():
                store.reidentify()  # an older store, or older rules: who is who, as this onrecord says
        self.local = threading.local()
        self.env = _environment()
        self.time_limit = float(setting("query_time_limit"))
        self.lane = threading.BoundedSemaphore(LONG_REQUESTS)  # long requests take turns (Store.time_limit)

    def limited(self, view: Callable[[Request], Response]) -> Callable[[Request], Response]:
        """``view`` under the time limit and in the lane of long requests (QueryTimeout: a 503); a
        query of a costly shape (``search.is_heavy``: many prefixes or alternatives) joins the
        lane at once."""
        @functools.wraps(view)
        def run(request: Request) -> Response:
            heavy = is_heavy(request.query_params.get("q"))
            with self.store.time_limit(self.time_limit, lane=self.lane, lane_after=0.0 if heavy else None):
                return view(request)

        return run

    @property
    def store(self) -> Store:
        """A read-only store per worker thread (sqlite3 connections are not shared across threads)."""
        store = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = open_store(self.db, readonly=True)
        return store

    def respond(self, request: Request, template: str, data: dict[str, Any], status: int = 200,
                csv_rows: tuple[list[dict[str, Any]], list[str], str] | None = None, **extra: Any) -> Response:
        """The CSV twin (``csv_rows``: rows, columns, file name), the JSON twin or the HTML page."""
        if wants_csv(request):
            if csv_rows is None:
                raise HTTPException(404, f"{request.url.path!r} has no CSV twin; try .json")
            return csv_response(*csv_rows)
        if wants_json(request):
            return JSONResponse({"ok": status < 400, **data}, status_code=status)
        base = local_path(request.url.path)
        twins = {"json": base + ".json" + (f"?{request.url.query}" if request.url.query else "")}
        if csv_rows is not None:
            twins["csv"] = base + ".csv" + (f"?{request.url.query}" if request.url.query else "")
        html = self.env.get_template(template).render(data=data, request=request, twins=twins, **extra)
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
                                                  "top_speakers": self.store.top_speakers(10),
                                                  "sources": self.store.source_stats(())[0]})
        return self.respond(request, "home.html", cached[1], title="onrecord")

    def search(self, request: Request) -> Response:
        query = _query(request)
        data = self.store.search(query)
        params = query.to_params()
        pager = {"prev": link("/search", params, page=query.page - 1) if query.page > 1 else None,
                 "next": link("/search", params, page=query.page + 1) if query.page < data["pages"] else None}
        if data.get("ambiguous"):  # "Clinton": the candidates instead of quotes of several people
            data["facets"], data["timeline"] = {}, {"interval": "month", "counts": [], "undated": 0}
        elif not wants_csv(request):
            data["facets"] = self.store.facets(query)
            data["timeline"] = self.store.timeline(query)
        chart = render.periods(data.get("timeline", {}))
        sorts = {name: link("/search", params, sort=None if name == "relevance" else name, page=None)
                 for name in ("relevance", "newest", "oldest")}
        hidden = None
        if query.min_confidence > 0:
            hidden = link("/search", params, min_confidence=0, page=None)
        return self.respond(request, "search.html", data, title=f"{query.q or 'all quotes'} - search",
                            query=query, params=params, pager=pager, chart=chart, sorts=sorts, show_all=hidden,
                            facet_link=lambda name, value: self._facet_link(params, name, value),
                            speaker_link=lambda ident: link("/search", params, speaker=ident, page=None),
                            default_confidence=setting("min_confidence"),
                            csv_rows=(_quote_rows(data["results"]), QUOTE_COLUMNS, f"search-{query.q or 'all'}"))

    @staticmethod
    def _facet_link(params: dict[str, Any], name: str, value: Any) -> str:
        """The search narrowed to one facet value (a month becomes since = until = that month)."""
        if name == "month":
            return link("/search", params, since=value, until=value, page=None)
        if name == "kind":
            return link("/search", params, kinds=value, page=None)
        return link("/search", params, **{name: value}, page=None)

    def quote(self, request: Request) -> Response:
        ident = _int_ident(request, "quote")
        data = self.store.quote(ident)
        if data is None:
            raise self.not_found("quote", ident)
        return self.respond(request, "quote.html", data, title=f"quote {ident}")

    def _sort(self, request: Request) -> str | None:
        return request.query_params.get("sort") or None

    def _index(self, request: Request, name: str, data: dict[str, Any], title: str, **extra: Any) -> Response:
        params = dict(request.query_params)
        pager = {"prev": link(request.url.path, params, page=data["page"] - 1) if data["page"] > 1 else None,
                 "next": link(request.url.path, params, page=data["page"] + 1) if data["page"] < data["pages"]
                 else None}

        def sort_link(key: str) -> str:
            current = params.get("sort", "")
            wanted = f"-{key}" if current != f"-{key}" else key
            return link(request.url.path, params, sort=wanted, page=None)

        return self.respond(request, f"{name}.html", data, title=title, pager=pager, sort_link=sort_link,
                            params=params, csv_rows=(data["rows"], INDEX_COLUMNS[name], name), **extra)

    def _index_call(self, fetch: Callable[..., dict[str, Any]], **kwargs: Any) -> dict[str, Any]:
        try:
            return fetch(**kwargs)
        except QueryError as exc:
            raise HTTPException(400, str(exc)) from exc

    def speakers(self, request: Request) -> Response:
        p = request.query_params
        gender = p.get("gender") or None
        if gender not in (None, "female", "male", "unknown"):
            raise HTTPException(400, f"gender {gender!r} is not one of female, male, unknown")
        data = self._index_call(self.store.speakers_index, page=_page_param(request), page_size=_page_size(),
                                sort=self._sort(request), name=p.get("name") or None, type=p.get("type") or None,
                                gender=gender)
        data.update(sort=self._sort(request) or "-quotes", name=p.get("name"), type=p.get("type"), gender=gender)
        return self._index(request, "speakers", data, "speakers")

    def outlets(self, request: Request) -> Response:
        query = _query(request)
        data = self._index_call(self.store.outlets_index, page=_page_param(request), page_size=_page_size(),
                                sort=self._sort(request), query=query)
        data["sort"] = self._sort(request) or "-quotes"
        return self._index(request, "outlets", data, "outlets")

    def entities(self, request: Request) -> Response:
        p = request.query_params
        data = self._index_call(self.store.entities_index, page=_page_param(request), page_size=_page_size(),
                                sort=self._sort(request), name=p.get("name") or None, type=p.get("type") or None)
        data.update(sort=self._sort(request) or "-articles", name=p.get("name"), type=p.get("type"))
        return self._index(request, "entities", data, "entities")

    def articles(self, request: Request) -> Response:
        p = request.query_params
        query = _query(request)  # checks since/until
        data = self._index_call(self.store.articles_index, page=_page_param(request), page_size=_page_size(),
                                sort=self._sort(request), outlet=query.outlet, since=query.since, until_=query.until)
        data.update(sort=self._sort(request) or "-date", outlet=p.get("outlet"))
        if not self.show_sources:
            data["rows"] = [{**row, "source": public_source(row["source"])} for row in data["rows"]]
        return self._index(request, "articles", data, "articles")

    def outlet(self, request: Request) -> Response:
        name = _ident(request)
        query = _query(request)
        data = self.store.outlet(name, query) if len(name) <= 300 else None
        if data is None:
            raise HTTPException(404, f"no outlet called {name!r}; see /outlets for those stored")
        months = [(m["month"], m["quotes"]) for m in data["months"]]
        charts = {"quotes": render.bars(months),
                  "shares": [{**m, "bar": render.share_bar(m)} for m in data["months"]]}
        return self.respond(request, "outlet.html", data, title=data["outlet"], charts=charts,
                            csv_rows=(data["months"], ["month", *STAT_COLUMNS], f"outlet-{data['outlet']}"))

    def stats(self, request: Request) -> Response:
        query = _query(request)
        groups = [g.strip() for g in request.query_params.get("by", "outlet").split(",") if g.strip()]
        try:
            by_outlet = self.store.source_stats(("outlet",), query)
            by_month = self.store.source_stats(("month",), query)
            rows = self.store.source_stats(tuple(groups), query)
            total = self.store.source_stats((), query)[0]
        except QueryError as exc:
            raise HTTPException(400, str(exc)) from exc
        outlets = sorted((r for r in by_outlet if r["outlet"]), key=lambda r: (-r["people"], r["outlet"].casefold()))
        data = {"query": query.to_dict(), "by": groups, "total": total, "rows": rows,
                "outlets": outlets[:STATS_OUTLETS], "outlets_more": max(0, len(outlets) - STATS_OUTLETS),
                "months": [r for r in by_month if r["month"]]}
        return self.respond(request, "stats.html", data, title="sources by gender", query=query,
                            csv_rows=(rows, [*groups, *STAT_COLUMNS], "sources-by-" + "-".join(groups or ["all"])))

    def _paged(self, request: Request, kind: str, fetch, template: str, **extra) -> Response:
        """A page of one speaker's or entity's quotes (404 when the id is unknown)."""
        ident = _int_ident(request, kind)
        page_size = settings.get("page_size")
        kwargs: dict[str, Any] = {"page": _page_param(request), "page_size": page_size}
        if kind == "entity":
            kwargs["speakers_page"] = _page_param(request, "speakers_page")
        data = fetch(ident, **kwargs)
        if data is None:
            raise self.not_found(kind, ident)
        extras = {name: make(data) for name, make in extra.items()}
        return self.respond(request, template, data, title=data["name"],
                            pages=max(1, -(-data["total"] // page_size)),
                            csv_rows=(_quote_rows(data["quotes"]), QUOTE_COLUMNS, f"{kind}-{ident}-quotes"), **extras)

    def speaker(self, request: Request) -> Response:
        return self._paged(request, "speaker", self.store.speaker, "speaker.html",
                           chart=lambda data: render.timeline(data["months"]))

    def entity(self, request: Request) -> Response:
        return self._paged(request, "entity", self.store.entity, "entity.html",
                           speaker_pages=lambda data: max(1, -(-data["speakers_total"] // _page_size())))

    def article(self, request: Request) -> Response:
        ident = _ident(request)
        data = self.store.article(ident) if len(ident) <= 64 else None
        if data is None:
            raise self.not_found("article", ident)
        if not self.show_sources:  # no local path, no raw input record: what is public (SECURITY.md)
            data["source"] = public_source(data["source"])
            data.pop("meta", None)
        segments = render.article_segments(data["text"], data["quotes"], data["boilerplate"])
        speakers: dict[Any, dict[str, Any]] = {}
        for q in data["quotes"]:
            entry = speakers.setdefault(q["speaker_id"], {"id": q["speaker_id"], "name": q["speaker"] or
                                                          q["speaker_name"] or "unknown speaker", "quotes": 0})
            entry["quotes"] += 1
        return self.respond(request, "article.html", data, title=data["title"] or data["source"],
                            segments=segments, speakers=list(speakers.values()),
                            csv_rows=(_quote_rows(data["quotes"]), QUOTE_COLUMNS, f"article-{ident}-quotes"))

    # -- corrections: the list (every server), and writes (only with allow_writes) ---------------
    CORRECTION_COLUMNS: ClassVar[list[str]] = ["id", "op", "speaker_name", "other_name", "article_id", "quote_start",
                                               "quote_end", "quote_text", "value", "note", "status", "created_at",
                                               "speaker_key", "other_key"]

    async def corrections(self, request: Request) -> Response:
        if request.method == "POST":
            return await self._write(request, self._add_correction)
        rows = await run_in_threadpool(lambda: self.store.corrections())
        data = {"corrections": rows, "writes": self.allow_writes}
        return self.respond(request, "corrections.html", data, title="corrections",
                            csv_rows=(rows, self.CORRECTION_COLUMNS, "corrections"))

    async def correction(self, request: Request) -> Response:
        ident = _int_ident(request, "correction")
        if request.method == "DELETE":
            return await self._write(request, lambda store, _: store.remove_correction(ident))
        found = [c for c in await run_in_threadpool(lambda: self.store.corrections()) if c["id"] == ident]
        if not found:
            raise self.not_found("correction", ident)
        return JSONResponse({"ok": True, "correction": found[0]})

    @staticmethod
    def _add_correction(store: Store, body: dict[str, Any]) -> dict[str, Any]:
        allowed = {"op", "speaker", "other", "article", "quote", "value", "note"}
        unknown = sorted(set(body) - allowed)
        if unknown:
            raise QueryError(f"unknown field(s) {', '.join(unknown)}; a correction has {', '.join(sorted(allowed))}")
        if not all(isinstance(v, str | int) or v is None for v in body.values()) or isinstance(body.get("quote"), bool):
            raise QueryError("each field of a correction is a string (quote: the quote's id, a number)")
        quote = body.get("quote")
        if isinstance(quote, str):
            if not is_id(quote):
                raise QueryError(f"quote {quote!r} is not a quote id")
            quote = int(quote)
        return store.add_correction(str(body.get("op") or ""), body.get("speaker"), body.get("other"),
                                    body.get("article"), quote, body.get("value"), body.get("note"))

    async def _write(self, request: Request, action: Callable[[Store, dict[str, Any]], dict[str, Any]]) -> Response:
        """One write on its own read-write connection, one at a time; the JSON of what was done."""
        def refuse(status: int, error: str, **extra: Any) -> Response:  # a write always answers in JSON
            return JSONResponse({"ok": False, "status": status, "error": error, **extra}, status_code=status)

        body: dict[str, Any] = {}
        if request.method == "POST":
            raw = await request.body()
            if len(raw) > MAX_BODY_BYTES:
                return refuse(413, f"the request body is over {MAX_BODY_BYTES} bytes; one correction is much smaller")
            try:
                body = json.loads(raw or b"{}")
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                return refuse(400, f"the body is not JSON ({exc})")
            if not isinstance(body, dict):
                return refuse(400, 'send one JSON object: {"op": "merge", "speaker": "A", "other": "B"}')

        def run() -> dict[str, Any]:
            with self.write_lock, open_store(self.db) as store:
                return action(store, body)

        try:
            done = await run_in_threadpool(run)
        except AmbiguousSpeaker as exc:
            return refuse(409, str(exc), ambiguous=exc.to_dict())
        except (QueryError, OnrecordError) as exc:
            return refuse(400, str(exc))
        status = 201 if request.method == "POST" else 200
        return JSONResponse({"ok": True, "correction": done}, status_code=status)

    async def error(self, request: Request, exc: Exception) -> Response:
        status = (exc.status_code if isinstance(exc, HTTPException) else 400 if isinstance(exc, QueryError)
                  else 503 if isinstance(exc, QueryTimeout) else 500)
        if isinstance(exc, HTTPException):
            detail = exc.detail
        elif isinstance(exc, OnrecordError):
            detail = str(exc)
        else:
            detail = "something went wrong on the server; the error has been logged"
        if status == 404 and detail in ("Not Found", None):
            detail = f"there is no page at {request.url.path!r}"
        data = {"status": status, "error": detail}
        headers = {"retry-after": "5"} if status == 503 else None
        if wants_json(request) or wants_csv(request):
            return JSONResponse({"ok": False, **data}, status_code=status, headers=headers)
        html = self.env.get_template("error.html").render(data=data, request=request, title=f"error {status}",
                                                          twins={"json": local_path(request.url.path) + ".json"})
        return HTMLResponse(html, status_code=status, headers=headers)


def create_app(db: str | Path, allow_writes: bool = False, allowed_hosts: Sequence[str] | None = None,
               show_sources: bool = False) -> Guard:
    """The ASGI app serving database ``db`` (run it with uvicorn, or test it with starlette's TestClient).

    allow_writes: also take corrections as JSON (POST /corrections, DELETE /corrections/ID); off
    by default, and then every request but GET and HEAD is refused.
    allowed_hosts: the host names it answers to (the Host header; any other is a 400, which stops
    DNS rebinding); default: the ``allowed_hosts`` setting, else the loopback names
    (127.0.0.1, localhost, [::1]); ``["*"]`` answers to any (behind a proxy that checks it).
    show_sources: show each article's ``source`` as ingested (its local path) and its raw input
    metadata (``meta``); by default only the file name, and no ``meta``.
    Raises StoreError when ``db`` does not exist (it is never created here)."""
    hosts = list(allowed_hosts) if allowed_hosts else allowed_hosts_setting() or list(LOOPBACK_HOSTS)
    views = App(db, allow_writes=allow_writes, show_sources=show_sources)
    limited = views.limited  # every read under the time limit, long ones taking turns
    routes: list[Any] = [Route("/", limited(views.home)), Route("/index.json", limited(views.home))]
    for name in ("search", "speakers", "outlets", "entities", "articles", "stats"):
        for suffix in ("", ".json", ".csv"):
            routes.append(Route(f"/{name}{suffix}", limited(getattr(views, name))))
    for name, view in (("quotes", views.quote), ("speakers", views.speaker), ("articles", views.article),
                       ("entities", views.entity)):
        routes.append(Route(f"/{name}/{{ident}}", limited(view)))
    routes.append(Route("/outlets/{ident:path}", limited(views.outlet)))
    for suffix in ("", ".json", ".csv"):
        routes.append(Route(f"/corrections{suffix}", views.corrections, methods=["GET", "HEAD", "POST"]))
    routes.append(Route("/corrections/{ident}", views.correction, methods=["GET", "HEAD", "DELETE"]))
    routes.append(Mount("/static", StaticFiles(directory=HERE / "static"), name="static"))
    app = Starlette(routes=routes, exception_handlers={HTTPException: views.error, QueryError: views.error,
                                                    QueryTimeout: views.error, Exception: views.error})
    app.state.views = views
    return Guard(HostCheck(app, hosts), allow_writes=allow_writes)
