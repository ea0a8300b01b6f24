"""Where the web process's memory goes before any request: the resident memory (VmRSS) each library adds when
imported alone into a bare Python (one fresh process each), then the app as it starts (`create_app`) and after its
warm-up (the classifier and every network's limits), with the heavy libraries that are loaded at each step.
Run it before changing what the web process imports, and after.

    python bench/web_import_memory.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

LIBRARIES = [
    "numpy", "scipy.sparse", "sklearn.linear_model", "pandas", "PIL.Image", "regex", "sqlalchemy", "fastapi",
    "starlette", "jinja2", "pydantic", "pydantic_settings", "httpx", "requests", "huey", "boto3", "babel",
    "atproto", "atproto_client.models", "mastodon", "telegram", "grapheme",
]
# Loaded by the web process only where a feature needs them; listed when present.
HEAVY = ["scipy", "sklearn", "pandas", "atproto", "atproto_client", "mastodon", "telegram", "boto3", "botocore",
         "requests"]

PROBE = """
import json, re, sys
from pathlib import Path
def rss():
    return int(re.search(r"VmRSS:\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1))
before = rss()
import importlib
importlib.import_module(sys.argv[1])
print(json.dumps({"before": before, "after": rss()}))
"""

APP = """
import json, re, sys
from pathlib import Path
HEAVY = json.loads(sys.argv[1])
def rss():
    return int(re.search(r"VmRSS:\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1))
def loaded():
    return sorted(name for name in HEAVY if name in sys.modules)
steps = [("python", rss(), loaded())]
from cocktailparty.web.app import create_app, _warm_up
steps.append(("import cocktailparty.web.app", rss(), loaded()))
create_app()
steps.append(("create_app()", rss(), loaded()))
from cocktailparty.connectors.networks import NETWORKS
for network in NETWORKS.values():
    network.limits()
steps.append(("every network's limits()", rss(), loaded()))
from cocktailparty.workspaces.classifier import classifier_for
classifier_for().classify("Eid Mubarak from all of us! عيد مبارك")
steps.append(("classifier loaded, one post classified", rss(), loaded()))
print(json.dumps(steps))
"""


def main() -> None:
    env = dict(os.environ)
    print(f"resident memory each library adds to a bare Python {sys.version.split()[0]} (MB, one process each):")
    for name in LIBRARIES:
        answer = subprocess.run([sys.executable, "-c", PROBE, name], capture_output=True, text=True, env=env)
        if answer.returncode:
            print(f"  {name:<24} not importable")
            continue
        found = json.loads(answer.stdout)
        print(f"  {name:<24} +{(found['after'] - found['before']) / 1024:6.1f}")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        models = Path(os.environ.get("COCKTAIL_DATA_DIR", Path.home() / ".local/share/cocktailparty")) / "models"
        if models.is_dir():
            (data / "models").symlink_to(models, target_is_directory=True)
        answer = subprocess.run([sys.executable, "-c", APP, json.dumps(HEAVY)], capture_output=True, text=True,
                                env={**env, "COCKTAIL_DATA_DIR": str(data)}, check=True)
    print("the web app in one process (VmRSS, MB; heavy libraries loaded):")
    for step, kb, heavy in json.loads(answer.stdout):
        print(f"  {step:<42} {kb / 1024:6.1f}  {', '.join(heavy) or '-'}")


if __name__ == "__main__":
    main()
