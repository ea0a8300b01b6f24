"""Rebuild the corpus of real public posts from the raw sources, deterministically.

    python bench/real_corpus/build.py [--mirror /work/.mirror] [--shared ../shared]

Each source is a public repository read with git (a bare snapshot, see PROVENANCE.md for how to get
one) or the Apache-2.0 customer-care file in ../shared/data/. Before anything is read from a repository
its name is checked against ../shared/data/reserved/repositories.sha256, and every text kept is checked
against ../shared/data/reserved/texts.sha256: a match stops the build with an error naming the source.

Writes
- src/cocktailparty/classify/real/real_posts.jsonl.gz: the rows of openly licensed sources (the model
  trains on them at install time);
- bench/real_corpus/out/eval_only.jsonl: the rows of sources published for research without a licence
  that allows redistribution (evaluated on, never trained on, never committed);
- bench/real_corpus/out/summary.json: counts per source, language and category.

Every row: id, text, category, lang, dialect, source, licence, label_how, ships.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import html
import io
import json
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rules

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "out"
PACKAGED = ROOT / "src" / "cocktailparty" / "classify" / "real" / "real_posts.jsonl.gz"
TEAM_CORPUS = ROOT / "src" / "cocktailparty" / "classify" / "corpus"

csv.field_size_limit(1 << 24)


class ReservedError(RuntimeError):
    """A source is, or contains, something reserved for evaluation outside the team."""


@dataclass(frozen=True)
class Row:
    text: str
    category: str
    lang: str
    label_how: str
    dialect: str | None = None


@dataclass(frozen=True)
class Source:
    name: str
    # owner/name on GitHub, several when one source gathers the same kind of file from many repositories, or
    # None for a file in ../shared
    repo: str | tuple[str, ...] | None
    licence: str
    ships: bool  # an open licence that allows redistribution: committed and trained on
    cap: int | None  # at most this many rows (a deterministic sample by id hash), to keep sources balanced
    read: Callable[[Reader], Iterator[Row]]
    note: str


def normalised_digest(text: str) -> str:
    """The digest ../shared/data/reserved/README.md specifies."""
    return hashlib.sha256(" ".join(unicodedata.normalize("NFKC", text).casefold().split()).encode()).hexdigest()


class Reader:
    """Reads files of one repository snapshot (git show), after checking the repository is not reserved."""

    def __init__(self, mirror: Path, shared: Path, reserved_repos: set[str]) -> None:
        self.mirror, self.shared, self.reserved_repos = mirror, shared, reserved_repos
        self.repo: str | None = None

    def open(self, repo: str | tuple[str, ...] | None) -> Reader:
        """Check the repository (every one of them, for a source of several) and read from the first."""
        names = (repo,) if isinstance(repo, str) else repo or ()
        for name in names:
            if hashlib.sha256(name.lower().encode()).hexdigest() in self.reserved_repos:
                raise ReservedError(f"repository {name} is reserved for evaluation outside the team: take nothing "
                                    "from it")
        self.repo = names[0] if names else None
        return self

    def git_dir(self) -> Path:
        assert self.repo
        base = self.mirror / self.repo.replace("/", "+") / "repo"
        for candidate in (base, base / ".git"):
            if (candidate / "HEAD").exists():
                return candidate
        raise FileNotFoundError(f"no snapshot of {self.repo} under {self.mirror} (see PROVENANCE.md: how to get it)")

    def show(self, path: str) -> bytes:
        result = subprocess.run(["git", "--git-dir", str(self.git_dir()), "show", f"HEAD:{path}"],
                                capture_output=True, check=False)
        if result.returncode:
            raise FileNotFoundError(f"{self.repo}: {path}: {result.stderr.decode().strip()}")
        return result.stdout

    def text(self, path: str) -> str:
        return self.show(path).decode("utf-8")

    def files(self) -> list[str]:
        """Every file path of the snapshot's HEAD."""
        result = subprocess.run(["git", "--git-dir", str(self.git_dir()), "ls-tree", "-r", "--name-only", "HEAD"],
                                capture_output=True, check=True, text=True)
        return result.stdout.splitlines()

    def head(self) -> str:
        result = subprocess.run(["git", "--git-dir", str(self.git_dir()), "rev-parse", "HEAD"],
                                capture_output=True, check=True, text=True)
        return result.stdout.strip()


# ---------------------------------------------------------------------------------------------- sources
def _customer_care(reader: Reader) -> Iterator[Row]:
    how = "dataset: the speaker role 'agent' (a company's support account answering a customer) -> reply"
    # Only dev.json: the repository's test.json holds texts reserved for evaluation outside the team (the
    # build stopped on them), so none of that file is taken.
    conversations = json.loads((reader.shared / "data" / "customer-care" / "dev.json").read_text(encoding="utf-8"))
    for conversation in conversations:
        for turn in conversation["dialogContent"]:
            if "agent" in turn:
                yield Row(turn["message"], "reply", "en", how)
        yield Row(conversation["agentURL"]["url_utterance"], "reply", "en", how)


def _headlines(reader: Reader) -> Iterator[Row]:
    how = "dataset: the 'non-clickbait' headlines (WikiNews, New York Times, The Guardian, The Hindu) -> news"
    for line in gzip.decompress(reader.show("dataset/non_clickbait_data.gz")).decode("utf-8").splitlines():
        if line.strip():
            yield Row(line.strip(), "news", "en", how)


_FINANCIAL_TOPICS = ("Analyst Update", "Fed | Central Banks", "Company | Product News", "Treasuries | Corporate Debt",
                     "Dividend", "Earnings", "Energy | Oil", "Financials", "Currencies", "General News | Opinion",
                     "Gold | Metals | Materials", "IPO", "Legal | Regulation", "M&A | Investments", "Macro", "Markets",
                     "Politics", "Personnel Change", "Stock Commentary", "Stock Movement")


def _financial_news(reader: Reader) -> Iterator[Row]:
    for path in ("data/new_data_train.csv", "data/new_data_test.csv"):
        for item in csv.DictReader(io.StringIO(reader.text(path))):
            topic = _FINANCIAL_TOPICS[int(item["label"])]
            if topic == "Stock Commentary":  # traders' own chatter, not a newsroom's post
                continue
            yield Row(item["text"].strip(), "news", "en",
                      f"dataset: topic '{topic}' of a financial news account's tweet -> news "
                      "('Stock Commentary' is left out)")


def _tubespam(reader: Reader) -> Iterator[Row]:
    how = "dataset: CLASS 1 (spam: comments promoting the writer's channel, site or product) -> promotional"
    folder = "data/TubeSpam/TubeSpam_YouTube-Spam-Collection-v1"
    for video in ("Psy", "KatyPerry", "LMFAO", "Eminem", "Shakira"):
        number = ("Psy", "KatyPerry", "LMFAO", "Eminem", "Shakira").index(video) + 1
        text = reader.show(f"{folder}/Youtube0{number}-{video}.csv").decode("utf-8-sig")
        for row in csv.DictReader(io.StringIO(text)):
            if row["CLASS"].strip() == "1":
                yield Row(row["CONTENT"].strip(), "promotional", "en", how)


_PRIZE_SCAM = re.compile(r"\b(?:won|win|winner|prize|claim|awarded|selected|congratulations|guaranteed)\b", re.I)


def _sms_spam(reader: Reader) -> Iterator[Row]:
    how = ("dataset: 'spam' (unsolicited commercial text messages) -> promotional; spam announcing a prize "
           "(a scam, not a contest or an offer) is left out")
    for line in reader.text("SMSSpamCollection").splitlines()[1:]:
        label, _, text = line.partition("\t")
        if label == "spam" and not _PRIZE_SCAM.search(text):
            yield Row(text.strip(), "promotional", "en", how)


def _read_by_rules(text: str, lang: str, how_prefix: str, news: bool = False) -> Row | None:
    """The team's reading (rules.py): offer, contest, greeting, question, and news where allowed."""
    if lang == "ar":
        sells, contest, greets = rules.sells_ar(text), rules.contest_ar(text), rules.greets_ar(text)
    else:
        sells, contest, greets = rules.sells_en(text), rules.contest_en(text), rules.greets_en(text)
    if contest and not sells:
        return Row(text, "contest", lang, f"{how_prefix}: rules.contest_{lang} -> contest")
    if sells:
        return Row(text, "promotional", lang, f"{how_prefix}: rules.sells_{lang} -> promotional")
    if greets and not rules.is_reply(text):
        return Row(text, "celebration", lang, f"{how_prefix}: rules.greets_{lang} -> celebration")
    if rules.asks(text, lang):
        return Row(text, "question", lang, f"{how_prefix}: rules.asks -> question")
    if news and lang == "ar" and rules.reads_as_news_ar(text):
        return Row(text, "news", lang, f"{how_prefix}: rules.reads_as_news_ar -> news")
    return None


def _tweeteval(reader: Reader) -> Iterator[Row]:
    for path in ("datasets/emoji/train_text.txt", "datasets/emoji/val_text.txt", "datasets/emoji/test_text.txt",
                 "datasets/sentiment/val_text.txt", "datasets/sentiment/test_text.txt"):
        for line in reader.text(path).splitlines():
            row = _read_by_rules(line.strip(), "en", "team's reading")
            if row:
                yield row


_ARSARCASM_DIALECTS = {"msa": "msa", "egypt": "egyptian", "levant": "levantine", "gulf": "gulf", "magreb": "maghrebi"}


def _arsarcasm(reader: Reader) -> Iterator[Row]:
    for path in ("dataset/ArSarcasm_train.csv", "dataset/ArSarcasm_test.csv"):
        for item in csv.DictReader(io.StringIO(reader.text(path))):
            if item["source"] != "semeval":  # its ASTD rows are the ASTD source's: not counted twice
                continue
            text = item["tweet"].strip().strip('"').strip()
            row = _read_by_rules(text, "ar", "team's reading", news=item["sentiment"] == "neutral")
            if row:
                yield Row(row.text, row.category, "ar", row.label_how, _ARSARCASM_DIALECTS.get(item["dialect"]))


def _astd(reader: Reader) -> Iterator[Row]:
    for line in reader.text("data/Tweets.txt").splitlines():
        text, _, label = line.rpartition("\t")
        text = text.strip()
        if not text:
            continue
        row = _read_by_rules(text, "ar", "team's reading")
        if row:
            yield Row(row.text, row.category, "ar", row.label_how, "egyptian")
        elif label == "OBJ" and not rules.is_reply(text) and not rules._FIRST_PERSON_AR.search(text):
            yield Row(text, "news", "ar", "dataset: OBJ (objective; the corpus was gathered around news events) -> "
                      "news, once the team's rules took out offers, contests, greetings and questions", "egyptian")


def _hashtags(reader: Reader) -> Iterator[Row]:
    seen: set[str] = set()
    for item in csv.DictReader(io.StringIO(reader.text("datasets/History.csv"))):
        text = item["tweet"].strip()
        if item["account_lang"] != "ar" or text in seen:
            continue
        seen.add(text)
        row = _read_by_rules(text, "ar", "team's reading", news=True)
        if row:
            yield row


def _arsas(reader: Reader) -> Iterator[Row]:
    for path in ("data/ArSAS/ArSAS-train.txt", "data/ArSAS/ArSAS-test.txt"):
        for line in reader.text(path).splitlines():
            text, _, label = line.rpartition("\t")
            row = _read_by_rules(text.strip(), "ar", "team's reading", news=label == "Neutral")
            if row:
                yield row


# Personal X (Twitter) archives that people published on GitHub. An archive's ad-impressions.js and
# ad-engagements.js list the promoted tweets X showed its owner, each with the advertiser's name: real posts
# by brands, shops and organisations that paid to show them. None of these repositories states a licence for
# its data (one is GPL-2.0), and the texts are the advertisers': evaluation only.
PROMOTED_ARCHIVES = (
    "Corn-Coder/firsttwit", "Corn-Coder/secondtwit", "JackLance/jacklance.github.io", "MorangTheClang/Twitter",
    "ajitg25/twitter-analytics", "denchi/lumeninferiusarchive", "eroija/twitter", "gaaaabriel/gaaaabriel.github.io",
    "joellindstrom/HonestMVP", "kglibrarian/RTIatMLATwitterArchive", "turtleboydailynews/turtleboydailynews.github.io",
    "vovavasylyna/mytwitterarchive", "8yeol/love", "keithfrankish/twitter-data", "jeremyfranklin/twitter",
    "natalieacpm/na",
)
_AD_FILE = re.compile(r"(?:^|/)ad-(?:impressions|engagements)(?:-part\d+)?\.js$")
_ENGLISH_WORDS = frozenset(
    "the and you your to for of with our we this that from will more learn how what it are is can get "
    "now new all about us".split())


def reads_english(text: str) -> bool:
    """Mostly Latin letters and at least two distinct English function words (the ads come in every language)."""
    body = rules.plain(text)
    latin = len(re.findall(r"[A-Za-z]", body))
    if latin < 0.7 * max(1, len(re.findall(r"\w", body))):
        return False
    words = re.findall(r"[a-z']+", re.sub(r"[@#]\w+", " ", body.lower()))
    return len(set(words) & _ENGLISH_WORDS) >= 2


def promoted_impressions(reader: Reader) -> Iterator[tuple[str, str]]:
    """Every promoted tweet the X archives list (impressions and engagements), as its text as the archive keeps
    it (X's escaping included) and its advertiser's screen name ("?" when the archive names none)."""
    for repo in PROMOTED_ARCHIVES:
        reader.open(repo)
        for path in sorted(p for p in reader.files() if _AD_FILE.search(p)):
            raw = reader.text(path)
            for item in json.loads(raw[raw.index("["):]):
                data = item["ad"]["adsUserData"]
                shown = data.get("adImpressions", {}).get("impressions", []) + [
                    engagement["impressionAttributes"] for engagement
                    in data.get("adEngagements", {}).get("engagements", [])]
                for impression in shown:
                    text = impression.get("promotedTweetInfo", {}).get("tweetText", "").strip()
                    if text:
                        yield text, (impression.get("advertiserInfo") or {}).get("screenName", "?")


def _promoted_tweets(reader: Reader) -> Iterator[Row]:
    how = ("dataset: listed in an X archive's ad impressions or engagements as a promoted tweet (an advertiser "
           "paid to show it) -> promotional")
    for text, _ in promoted_impressions(reader):
        if rules.is_retweet(text) or not reads_english(text):
            continue  # a promoted retweet pushes someone else's post
        if len(re.findall(r"[A-Za-z]+", rules.plain(text))) < 4:
            continue  # a link or a hashtag alone says nothing
        text = html.unescape(text)  # the archive keeps X's escaping (&amp;), as X's API gives it
        if rules.contest_en(text) and not rules.sells_en(text):
            yield Row(text, "contest", "en", "team's reading of a promoted tweet: rules.contest_en -> "
                      "contest (a prize draw with no purchase condition)")
        elif rules.asks(text, "en") and not rules.sells_en(text):
            continue  # a question put as an ad: both readings are possible, so neither is taken
        else:
            yield Row(text, "promotional", "en", how)


def _xlsx_rows(data: bytes) -> Iterator[list[str]]:
    """The rows of an .xlsx file's first sheet, as strings (the standard library reads the zipped XML)."""
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    book = zipfile.ZipFile(io.BytesIO(data))
    shared = ["".join(t.text or "" for t in si.iter(f"{ns}t"))
              for si in ET.fromstring(book.read("xl/sharedStrings.xml")).iter(f"{ns}si")]
    for row in ET.fromstring(book.read("xl/worksheets/sheet1.xml")).iter(f"{ns}row"):
        cells: dict[int, str] = {}
        for cell in row.iter(f"{ns}c"):
            column = 0
            for letter in (ch for ch in cell.get("r", "A") if ch.isalpha()):  # "AB12" -> column AB
                column = column * 26 + ord(letter) - 64
            value = cell.find(f"{ns}v")
            if cell.get("t") == "s" and value is not None and value.text is not None:
                cells[column - 1] = shared[int(value.text)]
            elif cell.get("t") == "inlineStr":
                cells[column - 1] = "".join(t.text or "" for t in cell.iter(f"{ns}t"))
            else:
                cells[column - 1] = value.text or "" if value is not None else ""
        yield [cells.get(i, "") for i in range(max(cells) + 1)] if cells else []


_NEWS_ACCOUNTS = {"skynewsarabia", "AlArabiya", "AlHadath", "emaratalyoum"}


def _arabic_spam_ham(reader: Reader) -> Iterator[Row]:
    rows = _xlsx_rows(reader.show("Dataset of Arabic Spam and Ham Tweets.xlsx"))
    header = next(rows)
    text_at, user_at, label_at = header.index("Tweet Text"), header.index("User Name"), header.index("Label")
    for item in rows:
        if len(item) <= label_at:
            continue
        text, label = item[text_at].strip(), item[label_at].strip()
        if label == "Ham" and item[user_at] in _NEWS_ACCOUNTS:
            yield Row(text, "news", "ar", "dataset: 'Ham', every one a tweet of a news channel's account (Sky News "
                      "Arabia, Al Arabiya, Al Hadath, Emarat Al Youm) -> news")
        elif label == "Spam" and rules.sells_ar(text):
            yield Row(text, "promotional", "ar", "dataset: 'Spam', and the team's reading (rules.sells_ar) finds an "
                      "offer -> promotional; spam without one (adult content, clickbait, scams) is left out")


SOURCES: tuple[Source, ...] = (
    Source("customer-care", "IBM/twitter-customer-care-document-prediction", "Apache-2.0", True, None, _customer_care,
           "replies of 25 companies' support accounts on X (dev.json, from ../shared/data/customer-care)"),
    Source("news-headlines", "bhargaviparanjape/clickbait", "MIT", True, 2500, _headlines,
           "headlines of news outlets as their accounts post them (Chakraborty et al., 2016)"),
    Source("financial-news", "Kaifzen/twitter-financial-news", "MIT (zeroshot/twitter-financial-news-topic)", True,
           2500, _financial_news, "tweets of financial news accounts with 20 topics (zeroshot), as copied there"),
    Source("youtube-spam", "regularized-dp/regularized-data-programming", "CC-BY-4.0", True, None, _tubespam,
           "UCI YouTube Spam Collection (Alberto et al., 2015), as copied into this repository"),
    Source("sms-spam", "hamzaaacodes/sms-spam-collection", "CC-BY-4.0 (UCI SMS Spam Collection)", True, None,
           _sms_spam, "UCI SMS Spam Collection v.1 (Almeida and Gómez Hidalgo, 2011), as copied there"),
    Source("tweeteval", "cardiffnlp/tweeteval", "none stated for the tweets (evaluation only)", False, 3000,
           _tweeteval, "people's and shops' tweets of the emoji and sentiment tasks (SemEval 2017/2018)"),
    Source("arsarcasm", "iabufarha/ArSarcasm", "MIT", True, None, _arsarcasm,
           "Arabic tweets of SemEval 2017 with dialect labels (Abu Farha and Magdy, 2020)"),
    Source("astd", "mahmoudnabil/ASTD", "GPL-2.0 (copyleft: kept out of the MIT package; evaluation only)", False,
           3000, _astd, "Arabic Sentiment Tweets Dataset, Egyptian tweets around news events (Nabil et al., 2015)"),
    Source("riyadh-hashtags", "Moaxad/Arabic-Spam-Tweets-Bots-User-Detection-Tool", "MIT", True, None, _hashtags,
           "Arabic tweets collected from trending Saudi hashtags in 2022 (#الرياض, football, news)"),
    Source("arsas", "malkaoud/On-the-Effectiveness-of-Fine-Tuning", "none stated (research; evaluation only)", False,
           3000, _arsas, "ArSAS, Arabic tweets around events and entities (Elmadany et al., 2018)"),
    Source("promoted-tweets", PROMOTED_ARCHIVES, "none stated (personal archives; evaluation only)", False, None,
           _promoted_tweets, "promoted tweets of brands, shops and organisations, from X archives people published"),
    Source("arabic-spam-ham", "AbdulelahSA/Spam-filter-for-detecting-unwanted-Arabic-tweets",
           "none stated in this copy (Mendeley Data record not verified; evaluation only)", False, 1500,
           _arabic_spam_ham, "Dataset of Arabic Spam and Ham Tweets (Kaddoura and Henno, 2024), 4,999 of its rows"),
)


# ------------------------------------------------------------------------------------------------- build
def team_texts() -> set[str]:
    texts = set()
    for path in TEAM_CORPUS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.add(normalised_digest(json.loads(line)["text"]))
    return texts


def sample(rows: list[dict[str, object]], cap: int | None) -> list[dict[str, object]]:
    """At most `cap` rows, chosen by the hash of their id and spread over categories as the source has them."""
    rows = sorted(rows, key=lambda row: str(row["id"]))
    if cap is None or len(rows) <= cap:
        return rows
    by_category: dict[str, list[dict[str, object]]] = {}
    for row in sorted(rows, key=lambda row: hashlib.sha1(str(row["id"]).encode()).hexdigest()):
        by_category.setdefault(str(row["category"]), []).append(row)
    # Each category keeps its share, but no category gives up rows while a smaller one has spare room.
    quota = {category: 0 for category in by_category}
    left = cap
    while left > 0:
        open_ = [c for c in by_category if quota[c] < len(by_category[c])]
        if not open_:
            break
        share = max(left // len(open_), 1)
        for category in sorted(open_, key=lambda c: len(by_category[c])):
            take = min(share, len(by_category[category]) - quota[category], left)
            quota[category] += take
            left -= take
    return sorted((row for c, items in by_category.items() for row in items[: quota[c]]), key=lambda r: str(r["id"]))


def build(mirror: Path, shared: Path) -> dict[str, list[dict[str, object]]]:
    reserved_dir = shared / "data" / "reserved"
    reserved_repos = set((reserved_dir / "repositories.sha256").read_text().split())
    reserved_texts = set((reserved_dir / "texts.sha256").read_text().split())
    cross_author = set()
    for path in (shared / "data" / "cross-author-dev").glob("*.jsonl"):
        cross_author |= {normalised_digest(json.loads(line)["text"]) for line in path.read_text().splitlines() if line}
    taken = team_texts() | cross_author  # never duplicate the team corpus; never hold a cross-author text
    reader = Reader(mirror, shared, reserved_repos)
    out: dict[str, list[dict[str, object]]] = {}
    for source in SOURCES:
        reader.open(source.repo)
        rows = []
        for row in source.read(reader):
            text = " ".join(row.text.split()) if "\n" not in row.text else row.text.strip()
            if len(text) < 8:
                continue
            digest = normalised_digest(text)
            if digest in reserved_texts:
                raise ReservedError(f"source {source.name} ({source.repo}): a text is reserved for evaluation outside "
                                    f"the team ({text[:60]!r}); this source must not be used")
            if digest in taken:
                continue
            taken.add(digest)
            rows.append({
                "id": f"{source.name}-{digest[:12]}", "text": text, "category": row.category, "lang": row.lang,
                "dialect": row.dialect, "source": source.name, "licence": source.licence,
                "label_how": row.label_how, "ships": source.ships,
            })
        out[source.name] = sample(rows, source.cap)
        print(f"{source.name:<16} {len(rows):>6} labelled, {len(out[source.name]):>6} kept  "
              f"{dict(Counter(str(r['category']) for r in out[source.name]))}", file=sys.stderr)
    return out


def write(out: dict[str, list[dict[str, object]]]) -> None:
    shipped = [row for rows in out.values() for row in rows if row["ships"]]
    evaluation = [row for rows in out.values() for row in rows if not row["ships"]]
    PACKAGED.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in shipped).encode()
    with PACKAGED.open("wb") as handle, gzip.GzipFile(fileobj=handle, mode="wb", mtime=0, filename="") as gz:
        gz.write(body)  # mtime 0 and no name: the same rows give the same bytes
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "eval_only.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in evaluation), encoding="utf-8")
    summary = {
        name: {"rows": len(rows), "ships": bool(rows and rows[0]["ships"]),
               "by_lang": dict(Counter(str(r["lang"]) for r in rows)),
               "by_category": dict(sorted(Counter(str(r["category"]) for r in rows).items()))}
        for name, rows in out.items()
    }
    (OUT / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    by_lang = Counter(str(r["lang"]) for rows in out.values() for r in rows)
    print(f"shipped {len(shipped)} rows to {PACKAGED.relative_to(ROOT)}; evaluation only {len(evaluation)}; "
          f"by language {dict(by_lang)}", file=sys.stderr)


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        out = build(args.mirror, args.shared)
    except ReservedError as exc:
        raise SystemExit(f"build stopped: {exc}") from None
    write(out)


if __name__ == "__main__":
    main()
