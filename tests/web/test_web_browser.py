"""Browser tests: Debian's Chromium, headless, driven by Playwright, against a real uvicorn server
on 127.0.0.1. Screenshots go to build/screenshots/ (or $MERCATO_SCREENSHOTS)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium not installed (Debian: apt-get install chromium)"
)
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
SHOTS = Path(os.environ.get("MERCATO_SCREENSHOTS", Path(__file__).resolve().parents[2] / "build" / "screenshots"))


@pytest.fixture(scope="module")
def base_url(dev_db: str) -> Iterator[str]:
    import uvicorn

    from mercato.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(dev_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1200, "height": 900})  # type: ignore[attr-defined]
    p = context.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    yield p
    context.close()
    assert not errors, errors


def test_home_search_hammers_autocomplete(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/")
    assert "Hottest open threads" in page.inner_text("main")
    page.screenshot(path=str(SHOTS / "home.png"), full_page=True)
    box = page.get_by_label("Search people, clubs, nicknames or article text")
    box.fill("Hammers")
    option = page.locator("#suggestions li", has_text="West Ham United").first
    option.wait_for(state="visible", timeout=5000)
    page.screenshot(path=str(SHOTS / "autocomplete.png"))
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url("**/club/west-ham-united")
    assert page.locator("h1").inner_text() == "West Ham United"
    assert "Julen Lopetegui" in page.inner_text("main")
    page.screenshot(path=str(SHOTS / "club.png"), full_page=True)


def test_search_form_submits_without_script_help(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/search?q=Hammers")
    page.wait_for_url("**/club/west-ham-united")


def test_person_then_follow_the_west_ham_thread(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/person/massimiliano-allegri")
    main = page.inner_text("main")
    for club in ("West Ham United", "AC Milan", "AS Roma", "Manchester United", "SL Benfica"):
        assert club in main
    assert "Calciomercato.it" in main and "only from next season" in main
    assert page.locator("svg.timeline g.mark").count() >= 6
    page.screenshot(path=str(SHOTS / "person.png"), full_page=True)
    link = page.locator("li.link", has=page.locator("h3", has_text="West Ham United")).get_by_role(
        "link", name="the whole thread →"
    )
    link.click()
    page.wait_for_url("**/thread/massimiliano-allegri--move--west-ham-united")
    assert page.locator("blockquote.evidence mark").count() >= 1
    assert "Calciomercato.it" in page.inner_text("main")
    page.screenshot(path=str(SHOTS / "thread.png"), full_page=True)


def test_outlets_and_mobile_layout(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/outlets")
    assert page.locator("table.board tbody tr").count() >= 1
    page.screenshot(path=str(SHOTS / "outlets.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + "/person/massimiliano-allegri")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, f"page scrolls sideways on a phone: {width}px"
    page.screenshot(path=str(SHOTS / "person-mobile.png"), full_page=True)


def test_keyboard_skip_link(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"


def test_script_in_article_text_is_shown_as_text(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/article/own-xss")
    assert page.evaluate("window.__pwned === undefined")
    text = page.inner_text("main")
    assert "<script>window.__pwned = 1</script>" in text
    assert "<script>alert('title')</script>" in page.locator("h1").inner_text()
    page.screenshot(path=str(SHOTS / "xss.png"), full_page=True)
