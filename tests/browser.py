"""Headless Chromium driven over the DevTools protocol on a pipe, for the editions'
reader checks and screenshots. No Python package is needed: Chromium is started
with ``--remote-debugging-pipe`` and talks JSON messages ended by a NUL byte on
file descriptors 3 (commands in) and 4 (replies and events out).

``page_check`` is the JavaScript run in each page: it waits for the fonts, then
reports every element that sticks out of the viewport or out of its own box
(layout overflow) and every required letter that renders as the font's
``.notdef`` box or as nothing (tofu), by drawing the letter on a canvas with the
element's own font and comparing its pixels with those of a code point no font
has (U+F0000, private use).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["KAZAKH_LETTERS", "Chromium", "find_chromium"]

#: The letters an edition must never show as tofu: Kazakh Cyrillic and Kazakh Latin.
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ" + "äğñöşūüıİÄĞÑÖŞŪÜ"

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--font-render-hinting=none",
    "--remote-debugging-pipe",
]


def find_chromium() -> str | None:
    """The distribution's Chromium (or Chrome), if installed."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


PAGE_CHECK = r"""
(async (letters) => {
  await document.fonts.ready;
  const problems = [];
  const root = document.documentElement;
  const width = root.clientWidth;
  const describe = (el) => {
    let text = el.tagName.toLowerCase();
    if (el.id) text += '#' + el.id;
    if (el.className && typeof el.className === 'string') text += '.' + el.className.trim().split(/\s+/).join('.');
    const words = (el.textContent || '').trim().slice(0, 60);
    return text + ' "' + words + '"';
  };
  if (root.scrollWidth > width + 1) {
    problems.push({kind: 'overflow', where: 'page', detail: `page is ${root.scrollWidth}px wide in a ${width}px viewport`});
  }
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.position === 'fixed' || style.visibility === 'hidden') continue;
    if (box.right > width + 1 || box.left < -1) {
      problems.push({kind: 'overflow', where: describe(el),
                     detail: `spans ${Math.round(box.left)}..${Math.round(box.right)}px of ${width}px`});
    }
    if (style.display !== 'inline' && style.overflowX === 'visible' && el.clientWidth > 0
        && el.scrollWidth > el.clientWidth + 1) {
      problems.push({kind: 'overflow', where: describe(el),
                     detail: `content ${el.scrollWidth}px wide in a ${el.clientWidth}px box`});
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = 96; canvas.height = 96;
  const ctx = canvas.getContext('2d', {willReadFrequently: true});
  const draw = (ch, font) => {
    ctx.clearRect(0, 0, 96, 96);
    ctx.font = font;
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#000';
    ctx.fillText(ch, 8, 8);
    return ctx.getImageData(0, 0, 96, 96).data;
  };
  const same = (a, b) => { for (let i = 3; i < a.length; i += 4) if (a[i] !== b[i]) return false; return true; };
  const blank = (a) => { for (let i = 3; i < a.length; i += 4) if (a[i] !== 0) return false; return true; };
  const wanted = new Set(Array.from(letters));
  const fonts = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let checked = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!el) continue;
    const style = getComputedStyle(el);
    const font = `${style.fontStyle} ${style.fontWeight} 48px ${style.fontFamily}`;
    for (const ch of node.data) {
      if (!wanted.has(ch)) continue;
      if (!fonts.has(font)) fonts.set(font, new Map());
      if (!fonts.get(font).has(ch)) fonts.get(font).set(ch, describe(el));
    }
  }
  const used = [];
  for (const [font, chars] of fonts) {
    const tofu = draw('\u{F0000}', font);
    for (const [ch, where] of chars) {
      checked += 1;
      const glyph = draw(ch, font);
      if (blank(glyph) || same(glyph, tofu)) {
        problems.push({kind: 'glyph', where, detail: `${ch} (U+${ch.codePointAt(0).toString(16).toUpperCase()}) has no glyph in ${font}`});
      }
    }
    used.push(font);
  }
  return {problems, checked, fonts: used};
})
"""


class Chromium:
    """One headless Chromium; use as a context manager."""

    def __init__(self, executable: str) -> None:
        self.executable = executable
        self._profile = tempfile.TemporaryDirectory(prefix="workbench-chromium-")
        self._next_id = 0
        self._buffer = b""
        self._events: list[dict[str, Any]] = []
        self.session: str | None = None

    def __enter__(self) -> Chromium:
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()

        def plumb() -> None:  # in the child: the protocol's fds 3 and 4
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.process = subprocess.Popen(
            [self.executable, *FLAGS, f"--user-data-dir={self._profile.name}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(3, 4), preexec_fn=plumb,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._out, self._in = to_browser_w, from_browser_r
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=False)["sessionId"]
        self.call("Page.enable")
        self.call("Runtime.enable")
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError, RuntimeError, TimeoutError):  # best effort; killed below if need be
            self.call("Browser.close", session=False, timeout=10)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._out)
        os.close(self._in)
        self._profile.cleanup()

    # -- protocol -------------------------------------------------------------------------------
    def _read_message(self, timeout: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._in], [], [], timeout)
            if not ready:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._in, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True,
             timeout: float = 60) -> dict[str, Any]:
        self._next_id += 1
        ident = self._next_id
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._out, data):]
        while True:
            reply = self._read_message(timeout)
            if reply.get("id") == ident:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self._events.append(reply)

    def _wait_event(self, method: str, timeout: float = 60) -> dict[str, Any]:
        for i, event in enumerate(self._events):
            if event.get("method") == method:
                return self._events.pop(i)
        while True:
            message = self._read_message(timeout)
            if message.get("method") == method:
                return message
            self._events.append(message)

    # -- pages ----------------------------------------------------------------------------------
    def open(self, path: Path, width: int, height: int = 900) -> None:
        """Load a local file at a viewport *width* (CSS pixels) and wait for its load event."""
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        self._events.clear()
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        self._wait_event("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def check(self, letters: str = KAZAKH_LETTERS) -> dict[str, Any]:
        """Overflow and missing-glyph problems of the page loaded (see the module docstring)."""
        value: dict[str, Any] = self.evaluate(f"({PAGE_CHECK})({json.dumps(letters)})")
        return value

    def screenshot(self, path: Path, height: int, *, top: float = 0) -> None:
        """A PNG of *height* CSS pixels of the page loaded, from *top* down."""
        width = self.evaluate("document.documentElement.clientWidth")
        shot = self.call("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": top, "width": width, "height": height, "scale": 1},
        })
        path.write_bytes(base64.b64decode(shot["data"]))
