"""A screenshot of one page of ``onrecord serve`` in headless Chromium (for the README tour).

    python bench/screenshot.py --db news.db --page /outlets --out docs/img/outlets.png

The README's image is of a database of PolNeAR dev and test (168 US political news articles from
seven outlets, September-October 2016): ``onrecord ingest ../shared/data/polnear/dev.jsonl
../shared/data/polnear/test.jsonl --db polnear.db``. Debian's Chromium (/usr/bin/chromium) is
driven by Playwright, launched as the browser tests launch it.
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the database to serve")
    parser.add_argument("--page", default="/outlets", help="the path to shoot")
    parser.add_argument("--out", type=Path, required=True, help="the PNG to write")
    parser.add_argument("--width", type=int, default=900, help="viewport width in CSS pixels")
    parser.add_argument("--height", type=int, default=0, help="viewport height (0: the whole page)")
    args = parser.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from onrecord.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height or 800})
            page.goto(f"http://127.0.0.1:{port}{args.page}")
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out), full_page=not args.height)
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    print(f"{args.page} -> {args.out}")


if __name__ == "__main__":
    main()
