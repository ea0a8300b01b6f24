"""Features of normalised posts: words, Arabic stems, word edges, word pairs, length and selling signals.

Sub-word features come from the edges of words rather than from every character n-gram: Arabic
clitics and English inflections sit at the edges, and edges cost a tenth as much.

`feature_names` is the reference definition, used to build the vocabulary. `FeatureSpace.matrix` is
the fast path that turns a whole batch into a sparse matrix at once; a test holds the two equal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, repeat

import numpy as np
import numpy.typing as npt
from scipy import sparse

from cocktailparty.classify.normalise import SEP, normalise_joined
from cocktailparty.classify.signals import NAMES as SIGNAL_NAMES
from cocktailparty.classify.signals import BatchSignals, find_in_words

# Words: Latin letters and digits together (Arabizi writes sounds with digits: "3ayzeen", "7abibi"),
# runs of Arabic letters, and single emoji or symbols, which carry meaning on social media. The batch
# separator SEP falls in the last class and so comes out as a token of its own.
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[\u0621-\u064a]+|[^\s\w.,;:!\"'()\[\]{}<>/\\|*_+=~`^-]")

# Proclitics (and, with, to, the...) and enclitic pronouns that Arabic glues to words.
_AR_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_AR_SUFFIXES = ("كم", "كن", "هم", "ها", "نا", "تم", "وا", "ين", "ون", "ات", "ه", "ي", "ك")

LENGTH_FEATURES = ("len:short", "len:medium", "len:long")
REPLY_FORM = "sig:reply_form"


def arabic_stem(word: str) -> str:
    """A light stem: strip one proclitic and one enclitic when enough of the word remains."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def token_features(token: str) -> tuple[str, ...]:
    """Everything a single word contributes: itself, and its stem and edges when it is long enough."""
    if len(token) < 4:
        return (f"w:{token}",)
    if "\u0621" <= token[0] <= "\u064a":
        stem = arabic_stem(token)
        return (f"w:{token}", f"s:{stem}", f"p:{stem[:3]}")
    return (f"w:{token}", f"p:{token[:4]}", f"x:{token[-3:]}")


def tokens(normalised: str) -> list[str]:
    return _TOKEN.findall(normalised)


def _length_feature(words: int) -> str:
    return LENGTH_FEATURES[0] if words < 8 else LENGTH_FEATURES[1] if words < 30 else LENGTH_FEATURES[2]


def feature_names(normalised: str) -> set[str]:
    """The reference definition of one normalised post's features."""
    words = tokens(normalised)
    names = set(chain.from_iterable(map(token_features, words)))
    names.update(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    signals = find_in_words(words, [0] * len(words), 1)
    names.update(f"sig:{name}" for name in SIGNAL_NAMES if signals.flags[name][0])
    names.add(_length_feature(len(words)))
    if words[:1] == ["mentionstart"]:
        names.add(REPLY_FORM)
    return names


IntArray = npt.NDArray[np.int64]


class FeatureSpace:
    """A fixed vocabulary of features and the fast path from a batch of posts to a sparse matrix."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.vocabulary = vocabulary
        self.size = len(vocabulary)
        # Word pairs are looked up by number: (id of "w:a") * size + (id of "w:b"), in a sorted array.
        pairs = [
            (vocabulary[f"w:{a}"] * self.size + vocabulary[f"w:{b}"], index)
            for name, index in vocabulary.items()
            if name.startswith("b:")
            for a, b in [name[2:].split(" ", 1)]
        ]
        pairs.sort()
        self._pair_codes = np.array([code for code, _ in pairs], dtype=np.int64)
        self._pair_features = np.array([index for _, index in pairs], dtype=np.int64)
        self._word_ids = {name[2:]: index for name, index in vocabulary.items() if name.startswith("w:")}
        self._signals = np.array([vocabulary.get(f"sig:{name}", -1) for name in SIGNAL_NAMES])
        self._lengths = np.array([vocabulary.get(name, -1) for name in LENGTH_FEATURES])
        self._reply = vocabulary.get(REPLY_FORM, -1)
        get = vocabulary.get

        @lru_cache(maxsize=1 << 20)
        def token_indices(token: str) -> tuple[int, ...]:
            return tuple(i for i in map(get, token_features(token)) if i is not None)

        self.token_indices = token_indices

    def matrix(self, texts: Sequence[str]) -> tuple[sparse.csr_matrix, BatchSignals]:
        """Rows of unit length over the present features, one per text, and the texts' signals."""
        n = len(texts)
        words = tokens(normalise_joined(list(texts)))
        is_sep = np.fromiter(map(SEP.__eq__, words), dtype=np.bool_, count=len(words))
        post_of_word: IntArray = np.cumsum(is_sep) - is_sep  # a separator belongs to the post before it
        rows: list[IntArray] = []
        cols: list[IntArray] = []

        # What each word gives alone: itself, its stem, its edges.
        per_word = list(map(self.token_indices, words))
        counts = np.fromiter(map(len, per_word), dtype=np.int64, count=len(per_word))
        cols.append(np.fromiter(chain.from_iterable(per_word), dtype=np.int64, count=int(counts.sum())))
        rows.append(np.repeat(post_of_word, counts))

        # Word pairs. SEP is in no vocabulary, so no pair spans two posts.
        ids = np.fromiter(map(self._word_ids.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        known = np.flatnonzero((ids[:-1] >= 0) & (ids[1:] >= 0))
        codes = ids[known] * self.size + ids[known + 1]
        where = np.minimum(np.searchsorted(self._pair_codes, codes), max(len(self._pair_codes) - 1, 0))
        hit = self._pair_codes[where] == codes if len(self._pair_codes) else np.zeros(len(codes), np.bool_)
        rows.append(post_of_word[known[hit]])
        cols.append(self._pair_features[where[hit]])

        # Length and reply form, per post.
        word_counts = np.bincount(post_of_word[~is_sep], minlength=n)
        rows.append(np.arange(n))
        cols.append(self._lengths[np.where(word_counts < 8, 0, np.where(word_counts < 30, 1, 2))])
        post_starts = np.concatenate([[0], np.flatnonzero(is_sep) + 1])
        replies = [p for p, i in enumerate(post_starts.tolist()) if i < len(words) and words[i] == "mentionstart"]
        rows.append(np.array(replies, dtype=np.int64))
        cols.append(np.full(len(replies), self._reply, dtype=np.int64))

        # Selling signals.
        signals = find_in_words(words, post_of_word, n)
        for name, index in zip(SIGNAL_NAMES, self._signals.tolist(), strict=True):
            flagged = np.flatnonzero(signals.flags[name])
            rows.append(flagged)
            cols.append(np.full(len(flagged), index, dtype=np.int64))

        row, col = np.concatenate(rows), np.concatenate(cols)
        keep = col >= 0
        matrix = sparse.csr_matrix(
            (np.ones(int(keep.sum()), dtype=np.float32), (row[keep], col[keep])), shape=(n, self.size)
        )
        matrix.sum_duplicates()
        per_row = np.diff(matrix.indptr)
        # Presence, not counts, scaled so every row has unit length.
        matrix.data[:] = np.repeat(1.0 / np.sqrt(np.maximum(per_row, 1)), per_row)
        return matrix, signals
