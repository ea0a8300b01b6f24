"""The audit's outputs: a JSON summary for machines and a self-contained HTML report for people.

Both are written to a temporary file and renamed into place, so a failed run never leaves a partial
report that looks complete.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from cocktailparty import __version__
from cocktailparty.audit.recommend import recommendations
from cocktailparty.audit.service import AuditResult
from cocktailparty.i18n import Lang, category_name, date_label, digits, hijri_span, month_label, percent
from cocktailparty.mix import Window
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL, kind_of

# Posts called promotional listed for a person to correct (in the summary, and on the run's page).
ROWS = 30


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _window_json(window: Window) -> dict[str, Any]:
    return {
        "window": window.kind,
        "start": _iso(window.start),
        "end": _iso(window.end),
        "posts": window.posts,
        "promotional": window.promotional,
        "share": round(window.share, 4),
    }


def summary(result: AuditResult, lang: Lang = "en") -> dict[str, Any]:
    """The audit as plain data: the JSON contract other tools read."""
    ledger = result.ledger
    return {
        "source": result.source,
        "format": result.format,
        "generated_by": f"cocktailparty {__version__}",
        "preset": {
            "name": result.preset.name,
            "cap": result.preset.cap,
            "window_posts": result.preset.window_posts,
            "window_days": result.preset.window_days,
        },
        "posts": result.posts,
        "period": {"first": _iso(ledger_start(result)), "last": _iso(ledger_end(result))},
        "promotional_share": round(result.promotional_share, 4),
        "within_cap": result.promotional_share <= result.preset.cap,
        "by_category": ledger.counts_by_category(),
        "by_kind": result.kinds,
        "by_month": [
            {"month": month, "posts": posts, "promotional": promo, "promotional_share": round(promo / posts, 4)}
            for month, posts, promo in ledger.by_month()
        ],
        "violations": [_window_json(w) for w in result.violations()],
        "promotional_runs": [
            {"start": _iso(run.start), "end": _iso(run.end), "length": run.length} for run in ledger.promotional_runs(3)
        ],
        "engagement_by_category": result.engagement_by_category(),
        "recommendations": recommendations(result, lang),
        "corrections_changed": result.corrections_changed,
        # A sample of the posts called promotional, most engaging first: rows a person can correct.
        "rows": [{"id": post.id, "date": _iso(post.created_at), "text": post.text, "category": PROMOTIONAL}
                 for post in sorted(result.promotional_texts.values(), key=lambda post: -post.engagement)[:ROWS]],
    }


def ledger_start(result: AuditResult) -> datetime:
    return datetime.fromtimestamp(int(result.ledger.times[0]), tz=UTC)


def ledger_end(result: AuditResult) -> datetime:
    return datetime.fromtimestamp(int(result.ledger.times[-1]), tz=UTC)


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder, renamed into place at the end."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_json(result: AuditResult, path: Path, lang: Lang = "en") -> None:
    write_atomically(path, json.dumps(summary(result, lang), ensure_ascii=False, indent=2) + "\n")


_environment = Environment(
    loader=PackageLoader("cocktailparty.audit", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _month_rows(result: AuditResult, lang: Lang) -> list[dict[str, Any]]:
    rows = []
    for month, posts, promo in result.ledger.by_month():
        year, number = int(month[:4]), int(month[5:7])
        last_day = date(year + number // 12, number % 12 + 1, 1) - date.resolution
        rows.append(
            {
                "label": month_label(year, number, lang),
                "hijri": hijri_span(date(year, number, 1), last_day),
                "posts": posts,
                "promotional": promo,
                "share": promo / posts,
            }
        )
    return rows


CHART_WIDTH, CHART_HEIGHT, AXIS, MARGIN, LABEL_WIDTH = 960, 180, 44, 12, 70


def _chart(months: list[dict[str, Any]], rtl: bool) -> dict[str, Any]:
    """Bar geometry for the monthly chart. Right to left, time runs from the right and the axis
    stands on the right."""
    plot = CHART_WIDTH - AXIS - 2 * MARGIN
    step = plot / max(len(months), 1)
    every = max(1, int(LABEL_WIDTH // step) + 1)  # label every nth month so labels never overlap
    bars = []
    for i, month in enumerate(months):
        offset = MARGIN + i * step
        x = CHART_WIDTH - AXIS - offset - step if rtl else AXIS + offset
        bars.append({**month, "x": x + step * 0.15, "width": step * 0.7, "label_x": x + step / 2,
                     "labelled": i % every == 0})
    return {
        "width": CHART_WIDTH, "height": CHART_HEIGHT, "top": 12, "bars": bars,
        "plot_start": MARGIN if rtl else AXIS, "plot_end": CHART_WIDTH - AXIS if rtl else CHART_WIDTH - MARGIN,
        "axis_x": CHART_WIDTH - AXIS + 6 if rtl else AXIS - 6, "axis_anchor": "start" if rtl else "end",
        "cap_x": MARGIN + 2 if rtl else CHART_WIDTH - MARGIN - 2, "cap_anchor": "start" if rtl else "end",
    }


def render_html(result: AuditResult, lang: Lang = "en") -> str:
    data = summary(result, lang)
    engagement = data["engagement_by_category"]
    top_mean = max((row["mean"] for row in engagement.values()), default=0) or 1
    categories = [
        {
            "key": c,
            "name": category_name(c, lang),
            "kind": kind_of(c),
            "count": data["by_category"][c],
            "share": data["by_category"][c] / result.posts,
            "mean": engagement[c]["mean"],
            "mean_width": engagement[c]["mean"] / top_mean,
        }
        for c in CATEGORIES
    ]
    worst = [
        {
            "start": date_label(window.start.date(), lang),
            "end": date_label(window.end.date(), lang),
            "kind": window.kind,
            "posts": window.posts,
            "promotional": window.promotional,
            "share": window.share,
            "examples": [
                {"date": date_label(post.created_at.date(), lang), "text": post.text, "engagement": post.engagement}
                for post in examples
            ],
        }
        for window, examples in result.worst_windows()
    ]
    months = _month_rows(result, lang)
    template = _environment.get_template("report.html.j2")
    return template.render(
        lang=lang,
        dir="rtl" if lang == "ar" else "ltr",
        t=REPORT_TEXT[lang],
        data=data,
        months=months,
        chart=_chart(months, rtl=lang == "ar"),
        categories=categories,
        worst=worst,
        violations_count=len(data["violations"]),
        cap=result.preset.cap,
        n=lambda value: digits(value, lang),
        pct=lambda share, decimals=0: percent(share, lang, decimals),
        period=(date_label(ledger_start(result).date(), lang), date_label(ledger_end(result).date(), lang)),
        generated=date_label(datetime.now(UTC).date(), lang),
    )


def write_html(result: AuditResult, path: Path, lang: Lang = "en") -> None:
    write_atomically(path, render_html(result, lang))


REPORT_TEXT: dict[Lang, dict[str, str]] = {
    "en": {
        "corrections_changed": "The workspace's corrections changed the category of {posts} posts.",
        "title": "Social media mix audit",
        "source": "Archive",
        "period": "Period",
        "posts": "Posts",
        "preset": "Rule",
        "windows": "windows of {posts} posts and {days} days",
        "promotional_share": "Promotional share",
        "cap": "cap",
        "within": "within the cap",
        "over": "over the cap",
        "violations": "Stretches over the cap",
        "recommendations": "What to change",
        "by_month": "Promotional share by month",
        "month": "Month",
        "hijri": "Hijri",
        "promotional": "Promotional",
        "share": "Share",
        "categories": "What the account posts",
        "category": "Category",
        "kind_promotional": "take",
        "kind_value": "give",
        "engagement": "Engagement per post by category",
        "mean": "Mean engagement",
        "worst": "The worst stretches",
        "window_posts": "rolling window of posts",
        "window_days": "rolling window of days",
        "no_violations": "No window passed the cap. Well done.",
        "examples": "Promotional posts in this stretch",
        "footer": "Made by CocktailParty. Categories come from an automatic classifier; check a sample before you act.",
        "generated": "Generated",
    },
    "ar": {
        "corrections_changed": "غيّرت تصحيحات مساحة العمل فئة {posts} من المنشورات.",
        "title": "تدقيق مزيج المحتوى على وسائل التواصل",
        "source": "الأرشيف",
        "period": "الفترة",
        "posts": "المنشورات",
        "preset": "القاعدة",
        "windows": "نوافذ من {posts} منشورات و{days} يومًا",
        "promotional_share": "نسبة الترويج",
        "cap": "الحد",
        "within": "ضمن الحد",
        "over": "فوق الحد",
        "violations": "فترات تجاوزت الحد",
        "recommendations": "ما الذي يجب تغييره",
        "by_month": "نسبة الترويج شهريًا",
        "month": "الشهر",
        "hijri": "الهجري",
        "promotional": "ترويجي",
        "share": "النسبة",
        "categories": "ماذا ينشر الحساب",
        "category": "الفئة",
        "kind_promotional": "أخذ",
        "kind_value": "عطاء",
        "engagement": "متوسط التفاعل لكل منشور حسب الفئة",
        "mean": "متوسط التفاعل",
        "worst": "أسوأ الفترات",
        "window_posts": "نافذة متحركة من المنشورات",
        "window_days": "نافذة متحركة من الأيام",
        "no_violations": "لم تتجاوز أي فترة الحد. أحسنتم.",
        "examples": "منشورات ترويجية في هذه الفترة",
        "footer": "أعدّه CocktailParty. الفئات من مصنّف آلي؛ راجعوا عيّنة قبل اتخاذ القرار.",
        "generated": "تاريخ الإعداد",
    },
}
