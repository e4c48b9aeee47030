"""The site in a real browser: Debian's headless chromium, driven through selenium and
/usr/bin/chromedriver, with no network. The rowSums port's fixture page loads from file://
with no console error, lights its diverging line on both sides, and is photographed at
1280 x 800 and at phone width (390 x 844), where the two source columns stack."""

from pathlib import Path

import pytest
from nnparity import explain, fixtures, html, paths, ports, report

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
INSTALL = ("apt-get install -y --no-install-recommends chromium chromium-driver "
           "(Debian), and pip install 'selenium>=4.10'")
ROWSUMS = paths.PITFALLS / "rowsums-bias" / "port.R"
WALKTHROUGH = paths.FIXTURES / "av_mlp" / "walkthrough-1.json"


def _browser(profile, width, height):
    """Return a headless chromium WebDriver of that window size, or fail saying what to
    install (never skip: a missing browser is a missing test)."""
    if not (CHROMIUM.is_file() and DRIVER.is_file()):
        pytest.fail(f"no {CHROMIUM} or {DRIVER}: install them: {INSTALL}", pytrace=False)
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail(f"selenium is not installed: {INSTALL}", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-extensions",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                 f"--window-size={width},{height}", "--hide-scrollbars"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # the driver's path given: selenium never looks for (or downloads) one
    return webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=options)


@pytest.fixture(scope="module")
def page(r_session, tmp_path_factory):
    f = fixtures.load(WALKTHROUGH)
    py_train, r_train = ports.load(ROWSUMS, r_session, f.network)
    x = explain.explain(f, py_train, r_train, r_session, ROWSUMS)
    directory = tmp_path_factory.mktemp("browser-site")
    written = html.write_site(directory, [x], report.environment(r_session), port=ROWSUMS)
    return directory, written[1]


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)])
def test_fixture_page_in_chromium(page, tmp_path_factory, width, height):
    from selenium.webdriver.common.by import By
    _, fixture_page = page
    profile = tmp_path_factory.mktemp("chromium-profile")
    browser = _browser(profile, width, height)
    try:
        # the viewport exactly (a window has a minimum width; a phone is emulated)
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 800})
        browser.get(fixture_page.as_uri())
        assert browser.execute_script("return window.innerWidth") == width
        errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert not errors, errors
        assert browser.execute_script("return document.readyState") == "complete"
        sides = {}
        for section in browser.find_elements(By.CSS_SELECTOR, "section.source"):
            lit = section.find_elements(By.CSS_SELECTOR, ".line.diverging")
            sides[section.get_attribute("data-language")] = [
                (e.get_attribute("data-line"), html.MARK in e.text) for e in lit]
        assert set(sides) == {"Python", "R"}
        assert all(len(v) == 1 and v[0][1] for v in sides.values()), sides
        # the JavaScript ran: the "open all values" button exists and opens the <details>
        button = browser.find_element(By.CSS_SELECTOR, ".expand button")
        button.click()
        assert browser.execute_script(
            "return Array.from(document.querySelectorAll('details')).every(d => d.open)")
        button.click()     # closed again for the picture: one click away, as a reader sees it
        columns = [s.rect for s in browser.find_elements(By.CSS_SELECTOR, "section.source")]
        if width >= 1000:    # side by side
            assert abs(columns[0]["y"] - columns[1]["y"]) < 2
            assert columns[1]["x"] > columns[0]["x"] + columns[0]["width"] - 2
        else:                # stacked, each the page's width
            assert columns[1]["y"] >= columns[0]["y"] + columns[0]["height"] - 2
            assert columns[0]["width"] <= width
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"the page scrolls sideways by {overflow} px at {width} px"
        shots = tmp_path_factory.getbasetemp() / "screenshots"
        shots.mkdir(exist_ok=True)
        top = shots / f"rowsums-{width}x{height}.png"
        browser.execute_script("window.scrollTo(0, 0)")
        assert browser.save_screenshot(str(top))
        lit_shot = shots / f"rowsums-{width}x{height}-sources.png"
        browser.execute_script(
            "document.querySelector('section.source').scrollIntoView({block: 'start'})")
        # each column scrolled (by the page's script) to show its lit line
        for section in browser.find_elements(By.CSS_SELECTOR, "section.source"):
            box = section.find_element(By.CSS_SELECTOR, "pre").rect
            line = section.find_element(By.CSS_SELECTOR, ".line.diverging").rect
            assert box["y"] <= line["y"] and line["y"] + line["height"] <= box["y"] + box["height"]
        assert browser.save_screenshot(str(lit_shot))
        assert top.stat().st_size > 10_000 and lit_shot.stat().st_size > 10_000
    finally:
        browser.quit()
