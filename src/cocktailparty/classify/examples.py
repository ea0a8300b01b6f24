"""A workspace's own labelled examples: validated, then stored beside the workspace's data."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from cocktailparty.classify.corpus import read_examples
from cocktailparty.errors import InputError


def add_examples(source: Path, examples_dir: Path) -> tuple[int, Path]:
    """Validate every line of `source` first, then store them all; a bad file stores nothing."""
    if not source.is_file():
        raise InputError("classify.no_such_file", "%(source)s: no such file", source=source)
    try:  # a CorpusError (a bad line) is an InputError already
        examples = list(read_examples(source, default_source=f"workspace:{source.name}"))
    except UnicodeDecodeError:
        raise InputError("classify.not_utf8", "%(source)s: not UTF-8 text; save it as UTF-8",
                         source=source) from None
    if not examples:
        raise InputError("classify.no_examples", "%(source)s: no examples found", source=source)
    lines = [
        json.dumps({"id": ex.id, "text": ex.text, "category": ex.category, "source": ex.source}, ensure_ascii=False)
        for ex in examples
    ]
    body = "\n".join(lines) + "\n"
    digest = hashlib.sha256(body.encode()).hexdigest()[:12]
    examples_dir.mkdir(parents=True, exist_ok=True)
    target = examples_dir / f"{source.stem}-{digest}.jsonl"
    target.write_text(body, encoding="utf-8")
    return len(examples), target
