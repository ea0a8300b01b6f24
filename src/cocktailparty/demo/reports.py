"""The main job on embedded defaults, for `make demo`: audit the bundled sample archives (an Arabic
bakery in Riyadh, an English coffee roaster in Dubai) and write their reports in both languages."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from cocktailparty.cli import app

SAMPLES = Path(__file__).parent / "samples"
ACCOUNTS = (("riyadh-bakery-x", "ar"), ("dubai-coffee-x", "en"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("out/demo"))
    args = parser.parse_args()
    console = Console()
    written: list[Path] = []
    for name, lang in ACCOUNTS:
        console.rule(f"[bold]{name}[/] ({'Arabic' if lang == 'ar' else 'English'} posts)")
        for report_lang in (lang, "en" if lang == "ar" else "ar"):
            html = args.out / f"{name}.{report_lang}.html"
            json_out = args.out / f"{name}.json"
            argv = ["audit", str(SAMPLES / name), "--lang", report_lang, "--html", str(html), "--json", str(json_out)]
            if report_lang != lang:  # the summary was printed once already; the second run only writes
                argv.append("--quiet")
            app(argv, standalone_mode=False)
            written.append(html)
    console.rule("[bold]reports")
    for path in written:
        console.print(f"  {path.resolve()}")
    console.print("Open them in a browser: they are self-contained and need no network.")


if __name__ == "__main__":
    main()
