"""``build.py serve``: preview the built site on localhost, under the same base path it will be published at."""

from __future__ import annotations

import functools
import http.server
import io
import posixpath
import socket
import threading
import urllib.parse
from collections.abc import Callable, Iterable
from pathlib import Path

from cuttings.errors import CuttingsError
from cuttings.model import BuildSettings
from cuttings.urls import normalise_base_url

LIVE_RELOAD_PATH = "__cuttings-live-reload"
"""Below the base path: the build number, which the script ``serve`` adds to each page polls."""
LIVE_RELOAD_SCRIPT = """<script>(() => {
  let seen = null;
  const check = () => fetch("%s", {cache: "no-store"}).then(r => r.text()).then(build => {
    if (seen !== null && build !== seen) location.reload();
    seen = build;
  }).catch(() => {}).finally(() => setTimeout(check, 500));
  check();
})();</script>
"""


class SiteRequestHandler(http.server.SimpleHTTPRequestHandler):
    """Serves ``directory`` at ``base_url``; anything outside the base, or missing, gets the site's 404 page.

    With live reload on (``serve``), each HTML page is sent with a small script that reloads it once the
    site has been rebuilt; the built files themselves never hold it."""

    base_url = "/"

    def inside_base(self) -> bool:
        return urllib.parse.urlsplit(self.path).path.startswith(self.base_url)

    def send_head(self):  # type: ignore[no-untyped-def]
        if not self.inside_base():
            self.send_error(404)
            return None
        reload = getattr(self.server, "reload", None)
        if reload is not None:
            clean = urllib.parse.urlsplit(self.path).path
            if clean == self.base_url + LIVE_RELOAD_PATH:
                return self.send_bytes(str(reload.build).encode(), "text/plain; charset=utf-8")
            page = Path(self.translate_path(self.path))
            if page.is_dir() and clean.endswith("/"):
                page = page / "index.html"
            if page.suffix == ".html" and page.is_file():
                script = (LIVE_RELOAD_SCRIPT % (self.base_url + LIVE_RELOAD_PATH)).encode()
                html = page.read_bytes()
                cut = html.rfind(b"</body>")
                return self.send_bytes(html[:cut] + script + html[cut:] if cut != -1 else html + script,
                                       "text/html; charset=utf-8")
        return super().send_head()

    def send_bytes(self, body: bytes, content_type: str) -> io.BytesIO:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        return io.BytesIO(body)

    def translate_path(self, path: str) -> str:
        clean = urllib.parse.urlsplit(path).path
        if not clean.startswith(self.base_url):
            return str(Path(self.directory) / "404.html")
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


class LiveReload:
    """The number of the build being served: pages reload when it changes."""

    def __init__(self) -> None:
        self.build = 0

    def rebuilt(self) -> None:
        self.build += 1


def make_server(site_dir: Path, port: int, base_url: str = "/", host: str = "127.0.0.1",
                verbose: bool = True, reload: LiveReload | None = None) -> http.server.ThreadingHTTPServer:
    handler = type("Handler", (SiteRequestHandler,), {"base_url": normalise_base_url(base_url)})
    server_class = http.server.ThreadingHTTPServer
    if ":" in host:  # an IPv6 address
        server_class = type("Server6", (server_class,), {"address_family": socket.AF_INET6})
    server = server_class((host, port), functools.partial(handler, directory=str(site_dir)))
    server.verbose = verbose  # type: ignore[attr-defined]
    server.reload = reload  # type: ignore[attr-defined]
    return server


def watched_paths(settings: BuildSettings, templates_dir: Path, static_dir: Path,
                  config_file: Path | None = None) -> list[Path]:
    """What a rebuild depends on: the content, templates, static files and the config file (never the output)."""
    paths = [settings.content_dir, templates_dir, static_dir]
    if settings.templates_dir is not None:
        paths.append(settings.templates_dir)
    if settings.corrections_file is not None:
        paths.append(settings.corrections_file)
    if config_file is not None:
        paths.append(config_file)
    return [path for path in paths if path.exists()]


def rebuild_on_change(paths: Iterable[Path], rebuild: Callable[[], object], output_dir: Path,
                      stop: threading.Event | None = None) -> None:
    """Calls ``rebuild`` after each batch of changes under ``paths`` until ``stop`` is set."""
    import watchfiles

    output = output_dir.resolve()

    def relevant(_change: watchfiles.Change, path: str) -> bool:
        # The build writes its staging folder beside the output: changes there and in the output are our own.
        resolved = Path(path).resolve()
        return not (resolved.is_relative_to(output) or resolved.name.startswith(f".{output.name}."))

    for _changes in watchfiles.watch(*paths, watch_filter=relevant, stop_event=stop, raise_interrupt=False):
        rebuild()


def reload_after(rebuild: Callable[[], object], live: LiveReload) -> None:
    """Rebuild; open pages reload if the site changed (a failed build leaves the site as it was)."""
    if rebuild() in (0, None):
        live.rebuilt()


def preview(settings: BuildSettings, port: int, rebuild: Callable[[], object],
            config_file: Path | None = None, host: str = "127.0.0.1") -> int:
    """Serve the built site under its base path on localhost, rebuilding it when its sources change."""
    from cuttings.pipeline import DEFAULT_STATIC, DEFAULT_TEMPLATES

    if not settings.output_dir.is_dir():
        raise CuttingsError("no built site to serve (the build failed)", settings.output_dir)
    live = LiveReload()
    try:
        server = make_server(settings.output_dir, port, settings.base_url, host, reload=live)
    except OSError as error:
        raise CuttingsError(f"cannot serve on {host} port {port}: {error.strerror} (try --port or --bind)") \
            from error
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    serving.start()
    bound_port = server.server_address[1]
    paths = watched_paths(settings, DEFAULT_TEMPLATES, DEFAULT_STATIC, config_file)
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0", "::", "::1", "localhost", "") else host
    print(f"Serving {settings.output_dir}/ at http://{shown}:{bound_port}{settings.base_url}\n"
          f"Rebuilding when {', '.join(str(p) for p in paths)} change; open pages reload. Ctrl+C to stop.")
    try:
        rebuild_on_change(paths, lambda: reload_after(rebuild, live), settings.output_dir)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
    return 0
