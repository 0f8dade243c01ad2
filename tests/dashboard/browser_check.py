"""The dashboard in a real browser, with the network closed: ``make browser-check``.

Builds a warehouse from the bundled samples with the real flow (``baozhi run``), starts
``baozhi dashboard`` on 127.0.0.1, and drives Debian's headless Chromium (through
playwright's driver, no browser download) with every host but 127.0.0.1 unresolvable. Each
page must show its expected text (柴伟 on People) and, where the samples have data, a drawn
chart; any request to another host is a failure. Screenshots go to ``screenshots/`` (ignored
by git). Exit code 0 when every check passed, 1 otherwise.

    python -m tests.dashboard.browser_check [--out screenshots] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
LOCAL_HOSTS = {"127.0.0.1"}
# The network, closed: no name resolves except 127.0.0.1, and Chromium's own services are off.
CHROMIUM_ARGS = [
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
    "--no-sandbox", "--disable-dev-shm-usage", "--disable-domain-reliability", "--no-pings",
    "--lang=zh-CN",
]


@dataclass(frozen=True)
class PageCheck:
    url_path: str  # "" is the default page (Last night)
    name: str
    expect: tuple[str, ...]  # texts that must be on the page
    chart: bool  # a drawn Vega-Lite chart must be on the page


PAGES = (
    PageCheck("", "last-night", ("Last night", "files seen", "Quality checks"), True),
    PageCheck("coverage", "coverage", ("Coverage", "liaoyuan-daily", "2021-09-06"), True),
    PageCheck("people", "people", ("People", "柴伟", "市委书记"), True),
    PageCheck("places", "places", ("Places and organisations", "辽源"), True),
    PageCheck("keywords", "keywords", ("Keywords", "Rising in 2021-09"), True),
    PageCheck("reporters", "reporters", ("Reporters and genres", "王茵"), True),
    # the samples reprint nothing: the page must say so, and draws no chart
    PageCheck("reprints", "reprints", ("Reprints", "No reprinted article"), False),
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_warehouse(data: Path) -> None:
    landing = data.parent / "landing" / "liaoyuan-daily"
    landing.mkdir(parents=True)
    for path in sorted((REPO / "samples" / "liaoyuan-daily").glob("*.txt")):
        shutil.copy2(path, landing / path.name)
    subprocess.run([str(BIN / "baozhi"), "run", "--landing", str(landing.parent), "--data", str(data)],
                   check=True, stdout=subprocess.DEVNULL)


@contextlib.contextmanager
def dashboard(data: Path, port: int, log: Path):
    with log.open("w") as out:
        proc = subprocess.Popen([str(BIN / "baozhi"), "dashboard", "--data", str(data), "--port", str(port),
                                 "--host", "127.0.0.1"], stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                        if r.status == 200:
                            break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the dashboard did not start; its log:\n{log.read_text()}")
                time.sleep(0.5)
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def wait_for_page(page, texts: tuple[str, ...], chart: bool, timeout_ms: int = 60_000) -> list[str]:
    """Wait until the app has finished its run and shows ``texts``; the problems found."""
    problems = []
    for text in texts:
        try:
            page.get_by_text(text, exact=False).first.wait_for(state="visible", timeout=timeout_ms)
        except Exception as exc:  # playwright's TimeoutError: report which text, go on with the others
            problems.append(f"text {text!r} not found ({type(exc).__name__})")
    # Streamlit shows a "running" widget while the script runs; wait until it is gone
    with contextlib.suppress(Exception):
        page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=timeout_ms)
    if chart:
        try:
            page.wait_for_selector('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg.marks',
                                   state="visible", timeout=timeout_ms)
        except Exception as exc:
            problems.append(f"no chart drawn ({type(exc).__name__})")
    exceptions = page.locator('[data-testid="stException"]')
    if exceptions.count():
        problems.append("an exception is shown: " + exceptions.first.inner_text()[:500])
    page.wait_for_timeout(1500)  # let charts finish their transitions before the screenshot
    return problems


def report_url(page, base: str) -> str | None:
    """The run's quality report as Last night links it (served by the dashboard under /reports/)."""
    link = page.locator('a[href*="/reports/"]')
    if not link.count():
        return None
    href = link.first.get_attribute("href")
    return href if href.startswith("http") else base + href


def screenshot(page, path: Path, width: int = 1400) -> None:
    """The whole page: Streamlit scrolls inside its main container, so the window is made as tall
    as that container's content first (a full-page screenshot alone would stop at the window)."""
    height = page.evaluate("""() => Math.max(window.innerHeight, ...Array.from(
        document.querySelectorAll('[data-testid="stMain"], [data-testid="stAppViewContainer"], [data-testid="stMainBlockContainer"]'),
        e => e.scrollHeight))""")
    page.set_viewport_size({"width": width, "height": min(int(height) + 40, 12_000)})
    page.wait_for_timeout(800)  # charts re-measure their width
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size({"width": width, "height": 1000})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []
    outside: list[str] = []
    with tempfile.TemporaryDirectory(prefix="baozhi-browser-") as tmp:
        data = Path(tmp) / "data"
        print("building a warehouse from the bundled samples (baozhi run) …", flush=True)
        build_warehouse(data)
        with dashboard(data, free_port(), args.out / "dashboard.log") as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, headless=True, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN",
                                          timezone_id="Asia/Shanghai")
            page = context.new_page()

            def on_request(request) -> None:
                url = urlsplit(request.url)
                if url.scheme in ("http", "https", "ws", "wss") and url.hostname not in LOCAL_HOSTS:
                    outside.append(request.url)

            page.on("request", on_request)
            page.on("websocket", lambda ws: on_request(type("WebSocket", (), {"url": ws.url})))
            context.on("request", on_request)  # service workers and other pages of the context too
            for check in PAGES:
                page.goto(f"{base}/{check.url_path}", wait_until="domcontentloaded")
                problems = wait_for_page(page, check.expect, check.chart)
                shot = args.out / f"{check.name}.png"
                screenshot(page, shot)
                report = report_url(page, base) if check.name == "last-night" else None
                if check.name == "last-night" and report is None:
                    problems.append("no link to the quality report")
                failures += [f"{check.name}: {p}" for p in problems]
                print(f"{'FAIL' if problems else 'ok  '} {check.name:<11} {shot}", flush=True)
                if report:  # the report itself, in the same closed-network browser
                    response = page.goto(report, wait_until="load")
                    problems = [] if response and response.status == 200 else [f"{report}: {response and response.status}"]
                    if not page.get_by_text("run-", exact=False).count():
                        problems.append("the report does not name its run")
                    shot = args.out / "quality-report.png"
                    page.screenshot(path=str(shot), full_page=True)
                    failures += [f"quality-report: {p}" for p in problems]
                    print(f"{'FAIL' if problems else 'ok  '} {'report':<11} {shot}", flush=True)

            # Search: type a name, open the first result in the reader
            page.goto(f"{base}/search", wait_until="domcontentloaded")
            box = page.get_by_label("Words to look for", exact=True)
            box.wait_for(timeout=60_000)
            box.fill("柴伟 绍兴")
            box.press("Enter")
            problems = wait_for_page(page, ("best first",), chart=False)
            page.get_by_role("button", name="Read").first.click()
            problems += wait_for_page(page, ("Close the reader", "市委书记"), chart=False)
            marked = page.locator("mark.bz-person", has_text="柴伟").count()
            if not marked:
                problems.append("the reader marks no person 柴伟")
            shot = args.out / "search-reader.png"
            screenshot(page, shot)
            failures += [f"search: {p}" for p in problems]
            print(f"{'FAIL' if problems else 'ok  '} {'search':<11} {shot} ({marked} marks of 柴伟)", flush=True)
            browser.close()
    if outside:
        failures += [f"request to another host: {u}" for u in sorted(set(outside))]
    for failure in failures:
        print("FAIL", failure)
    print(f"{len(PAGES) + 2 - len({f.split(':')[0] for f in failures if not f.startswith('request')})} of "
          f"{len(PAGES) + 2} pages passed; {len(set(outside))} requests to other hosts; screenshots in {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    sys.exit(main())
