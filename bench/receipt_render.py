"""ESC/POS bytes for a 50-line receipt per second, text path and raster path.

Run: python bench/receipt_render.py  (last line: one JSON object)
"""

import json
import time

from alsep_desktop.hardware.printer.layout import receipt_document
from alsep_desktop.hardware.printer.render import TextPath, render
from alsep_desktop.hardware.printer.samples import sample_receipt
from alsep_desktop.hardware.profiles import get_profile


def rate(fn, seconds: float = 3.0) -> float:
    fn()  # warm caches (glyphs, fonts)
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        fn()
        n += 1
    return n / (time.perf_counter() - start)


def main() -> None:
    receipt = sample_receipt(50)
    profile = get_profile("epson-tm-t20ii")
    doc = receipt_document(receipt, profile.columns, kick_drawer=True)
    text = rate(lambda: render(doc, profile, TextPath.TEXT))
    raster = rate(lambda: render(doc, profile, TextPath.RASTER))
    layout_and_text = rate(lambda: render(receipt_document(receipt, 48), profile, TextPath.TEXT))
    print(f"50-line receipt, {profile.name}: text {text:.0f}/s, raster {raster:.1f}/s")
    print(json.dumps({"text_per_s": round(text, 1), "raster_per_s": round(raster, 1),
                      "layout_and_text_per_s": round(layout_and_text, 1), "lines": 50}))


if __name__ == "__main__":
    main()
