"""Features of normalised posts: words, Arabic stems, word edges, word pairs, length and selling signals.

Sub-word features come from the edges of words rather than from every character n-gram: Arabic
clitics and English inflections sit at the edges, and edges cost a tenth as much.

`feature_names` is the reference definition, used to build the vocabulary. `FeatureSpace.matrix` is
the fast path that turns a whole batch into sparse rows at once; a test holds the two equal.

The rows are `FeatureRows`, laid out as scipy's compressed sparse rows but held in numpy alone: classifying
needs no scipy, which would add about 20 MB to every process that classifies, the web process above all (issue
#13: under 150 MB through a 200 MB upload). Training and a workspace's examples, which need scipy's products,
convert with `FeatureRows.to_scipy`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from cocktailparty.classify.normalise import SEP, normalise_joined
from cocktailparty.classify.signals import NAMES as SIGNAL_NAMES
from cocktailparty.classify.signals import BatchSignals, find_in_words, word_flags

if TYPE_CHECKING:
    from scipy import sparse

# Words: Latin letters and digits together (Arabizi writes sounds with digits: "3ayzeen", "7abibi"),
# runs of Arabic letters, and single emoji or symbols, which carry meaning on social media. The batch
# separator SEP falls in the last class and so comes out as a token of its own.
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[\u0621-\u064a]+|[^\s\w.,;:!\"'()\[\]{}<>/\\|*_+=~`^-]")

# Proclitics (and, with, to, the...) and enclitic pronouns that Arabic glues to words.
_AR_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_AR_SUFFIXES = ("كم", "كن", "هم", "ها", "نا", "تم", "وا", "ين", "ون", "ات", "ه", "ي", "ك")

LENGTH_FEATURES = ("len:short", "len:medium", "len:long")
_IS_SEP = 32  # bit of FeatureSpace._word_code; bits 0-4 are signals.word_flags
_SIGNAL_BITS = 31
_MAX_WORD_FEATURES = 3  # see token_features
_INDEX_BITS = 21  # feature indices up to two million, three to an int64
_INDEX_MASK = (1 << _INDEX_BITS) - 1
_WORD_CACHE_LIMIT = 2_000_000  # distinct words remembered before the cache starts afresh
REPLY_FORM = "sig:reply_form"
# A question mark among a post's last three words: it ends by asking ("Which one? 👇 link").
ENDS_ASKING = "sig:ends_asking"
_LAST_WORDS = 3


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
    """Everything a single word contributes: itself, and its stem and edges when it is long enough; a
    number contributes its length instead of edges (prices have 2-4 digits, phone numbers 8 or more)."""
    if token.isdigit():
        return (f"w:{token}", f"d:{min(len(token), 8)}")
    if token == "url":
        # Every kind of real post carries links (news, shares, shops, support answers): a link says which
        # corpus a post came from more than what it is, so it is no feature. Shop links still count through
        # the selling signals.
        return ()
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
    if "?" in words[-_LAST_WORDS:]:
        names.add(ENDS_ASKING)
    return names


IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]
IndexArray = npt.NDArray[np.integer[Any]]  # int32, as scipy lays out indices of this size


@dataclass(frozen=True, slots=True)
class FeatureRows:
    """One row per post over the vocabulary, in compressed sparse rows: row i's feature indices, ascending, are
    `indices[indptr[i]:indptr[i + 1]]` and their values the same slice of `data`."""

    data: FloatArray
    indices: IndexArray
    indptr: IndexArray
    shape: tuple[int, int]

    def columns(self, row: int) -> IndexArray:
        """Row `row`'s feature indices, ascending."""
        return self.indices[self.indptr[row] : self.indptr[row + 1]]

    def __matmul__(self, dense: FloatArray) -> FloatArray:
        """The product with a dense (features, k) array. One row (a post being written, an API call) is summed here,
        in the order of its features and the arrays' precision, as scipy sums it, so the scores are the same to the
        last bit without loading scipy into the web process; a batch (an audit, an import) goes to scipy's sparse
        product, an order of magnitude faster than any loop in numpy."""
        if self.shape[0] == 1:
            if not len(self.data):
                return np.zeros((1, dense.shape[1]), dtype=np.result_type(self.data, dense))
            return np.cumsum(self.data[:, None] * dense[self.indices], axis=0)[-1:]  # a running sum, in order
        product: FloatArray = self.to_scipy() @ dense
        return product

    def to_scipy(self) -> sparse.csr_matrix:
        """The same rows as a scipy matrix, for training and for products with other sparse matrices."""
        from scipy import sparse

        return sparse.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)


class FeatureSpace:
    """A fixed vocabulary of features and the fast path from a batch of posts to a sparse matrix."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        if len(vocabulary) >= 1 << _INDEX_BITS:
            raise ValueError(f"vocabulary of {len(vocabulary):,} features is too large to pack")
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
        self._ends_asking = vocabulary.get(ENDS_ASKING, -1)
        self._question_mark = self._word_ids.get("?", -2)

        # Per-word results, filled for the new words of each batch and then read with C-level dict
        # look-ups: most words of a batch were seen before, so this is most of the speed.
        self._indices: dict[str, int] = {}
        self._codes: dict[str, int] = {}

    def _word_indices(self, token: str) -> int:
        """A word's (at most three) feature indices, each + 1, packed 21 bits apiece in one integer."""
        packed = 0
        for index in map(self.vocabulary.get, token_features(token)):
            if index is not None:
                packed = packed << _INDEX_BITS | index + 1
        return packed

    def _word_code(self, token: str) -> int:
        """What else the batch path needs of a word: word id + 1, SEP, and the signal flags."""
        return (self._word_ids.get(token, -1) + 1) << 8 | (_IS_SEP if token == SEP else 0) | word_flags(token)

    def _read_words(self, words: list[str]) -> tuple[IntArray, IntArray]:
        if len(self._indices) > _WORD_CACHE_LIMIT:
            self._indices.clear()
            self._codes.clear()
        for token in set(words).difference(self._indices):
            self._indices[token] = self._word_indices(token)
            self._codes[token] = self._word_code(token)
        n = len(words)
        return (np.fromiter(map(self._indices.__getitem__, words), dtype=np.int64, count=n),
                np.fromiter(map(self._codes.__getitem__, words), dtype=np.int64, count=n))

    def matrix(self, texts: Sequence[str]) -> tuple[FeatureRows, BatchSignals]:
        """Rows of unit length over the present features, one per text, and the texts' signals."""
        n = len(texts)
        words = tokens(normalise_joined(list(texts)))
        indices, packed = self._read_words(words)
        is_sep = (packed & _IS_SEP) > 0
        post_of_word: IntArray = np.cumsum(is_sep) - is_sep  # a separator belongs to the post before it
        rows: list[IntArray] = []
        cols: list[IntArray] = []

        # What each word gives alone: itself, its stem, its edges.
        for slot in range(_MAX_WORD_FEATURES):
            index = (indices >> (slot * _INDEX_BITS)) & _INDEX_MASK
            present = np.flatnonzero(index)
            rows.append(post_of_word[present])
            cols.append(index[present] - 1)

        # Word pairs. SEP is in no vocabulary, so no pair spans two posts.
        ids = (packed >> 8) - 1
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
        post_ends = np.append(np.flatnonzero(is_sep), len(words))  # where each post's words stop
        marks = np.flatnonzero(ids == self._question_mark)
        asking = np.unique(post_of_word[marks[post_ends[post_of_word[marks]] - marks <= _LAST_WORDS]])
        rows.append(asking.astype(np.int64))
        cols.append(np.full(len(asking), self._ends_asking, dtype=np.int64))

        # Selling signals.
        signals = find_in_words(words, post_of_word, n, packed & _SIGNAL_BITS)
        for name, index in zip(SIGNAL_NAMES, self._signals.tolist(), strict=True):
            flagged = np.flatnonzero(signals.flags[name])
            rows.append(flagged)
            cols.append(np.full(len(flagged), index, dtype=np.int64))

        row, col = np.concatenate(rows), np.concatenate(cols)
        keep = col >= 0
        # Presence, not counts: each (post, feature) once, ordered by post and then feature.
        width = max(self.size, 1)
        codes = np.sort(row[keep] * width + col[keep])  # sorted, then each once: np.unique hashes first, 5x slower
        present = codes[np.concatenate([[True], codes[1:] != codes[:-1]])] if len(codes) else codes
        per_row = np.bincount(present // width, minlength=n)
        indptr = np.concatenate([[0], np.cumsum(per_row)]).astype(np.int32)
        # Scaled so every row has unit length.
        data = np.repeat(1.0 / np.sqrt(np.maximum(per_row, 1)), per_row).astype(np.float32)
        indices = (present % width).astype(np.int32)
        return FeatureRows(data, indices, indptr, (n, self.size)), signals
