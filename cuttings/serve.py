"""``build.py serve``: preview the built site on localhost, under the same base path it will be published at."""

from __future__ import annotations

import functools
import http.server
import posixpath
import urllib.parse
from pathlib import Path

from cuttings.urls import normalise_base_url


class SiteRequestHandler(http.server.SimpleHTTPRequestHandler):
    """Serves ``directory`` at ``base_url``; anything outside the base, or missing, gets the site's 404 page."""

    base_url = "/"

    def translate_path(self, path: str) -> str:
        clean = urllib.parse.urlsplit(path).path
        if not clean.startswith(self.base_url):
            return str(Path(self.directory) / "\0missing")
        relative = "/" + clean[len(self.base_url):]
        return super().translate_path(posixpath.normpath(relative) + ("/" if relative.endswith("/") else ""))

    def do_GET(self) -> None:
        clean = urllib.parse.urlsplit(self.path).path
        if clean == self.base_url.rstrip("/") and self.base_url != "/":
            self.send_response(301)
            self.send_header("Location", self.base_url)
            self.end_headers()
            return
        super().do_GET()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        not_found_page = Path(self.directory) / "404.html"
        if code == 404 and not_found_page.exists():
            body = not_found_page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format: str, *args: object) -> None:
        if getattr(self.server, "verbose", True):
            super().log_message(format, *args)


def make_server(site_dir: Path, port: int, base_url: str = "/", host: str = "127.0.0.1",
                verbose: bool = True) -> http.server.ThreadingHTTPServer:
    handler = type("Handler", (SiteRequestHandler,), {"base_url": normalise_base_url(base_url)})
    server = http.server.ThreadingHTTPServer((host, port), functools.partial(handler, directory=str(site_dir)))
    server.verbose = verbose  # type: ignore[attr-defined]
    return server
