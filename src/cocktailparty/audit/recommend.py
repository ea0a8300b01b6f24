"""Plain recommendations drawn from an account's own numbers, in English and Arabic."""

from __future__ import annotations

from cocktailparty.audit.service import AuditResult
from cocktailparty.i18n import Lang, category_plural, date_label, digits, month_label, percent
from cocktailparty.taxonomy import PROMOTIONAL, VALUE_CATEGORIES

# A category is "earning more" when its mean engagement is at least this multiple of promotion's.
ENGAGEMENT_LIFT = 1.2
# Under this share of posts, a category that earns well is "under-used".
UNDER_USED_SHARE = 0.05
REPLY_SHARE_FLOOR = 0.10
LONG_RUN = 3


def recommendations(result: AuditResult, lang: Lang) -> list[str]:
    """What to change, most important first; each line cites the account's own figures."""
    say = _ARABIC if lang == "ar" else _ENGLISH

    def n(value: object) -> str:
        return digits(value, lang)

    lines: list[str] = []
    share, cap = result.promotional_share, result.preset.cap
    months = max(len(result.ledger.by_month()), 1)
    if share > cap:
        # Promotional posts to turn into value posts each month for the overall share to reach the cap.
        excess = (result.ledger.count(PROMOTIONAL) - cap * result.posts) / (1 - cap) if cap < 1 else 0
        per_month = max(1, round(excess / months))
        key = "over_cap_one" if per_month == 1 else "over_cap"
        lines.append(say[key].format(share=percent(share, lang), cap=percent(cap, lang), n=n(per_month)))
    else:
        lines.append(say["under_cap"].format(share=percent(share, lang), cap=percent(cap, lang)))

    engagement = result.engagement_by_category()
    promo_mean = engagement[PROMOTIONAL]["mean"]
    used = [c for c in VALUE_CATEGORIES if engagement[c]["posts"] >= 3]
    best = max(used, key=lambda c: engagement[c]["mean"], default=None)
    if best and engagement[best]["mean"] > 0 and engagement[best]["mean"] >= ENGAGEMENT_LIFT * promo_mean:
        ratio = engagement[best]["mean"] / promo_mean if promo_mean else None
        key = "best_ratio" if ratio else "best_plain"
        lines.append(
            say[key].format(
                Category=category_plural(best, lang).capitalize(),
                ratio=n(f"{ratio:.1f}") if ratio else "",
                mean=n(f"{engagement[best]['mean']:.1f}"),
            )
        )
    for category in used:
        posts_share = engagement[category]["posts"] / result.posts
        if (
            category != best
            and posts_share < UNDER_USED_SHARE
            and promo_mean
            and engagement[category]["mean"] >= ENGAGEMENT_LIFT * promo_mean
        ):
            lines.append(
                say["under_used"].format(
                    Category=category_plural(category, lang).capitalize(), share=percent(posts_share, lang, 1)
                )
            )

    runs = result.ledger.promotional_runs(LONG_RUN)
    if runs:
        longest = max(runs, key=lambda r: r.length)
        lines.append(
            say["runs"].format(
                runs=n(len(runs)),
                longest=n(longest.length),
                start=date_label(longest.start.date(), lang),
                end=date_label(longest.end.date(), lang),
            )
        )
    monthly = [(m, p, pr) for m, p, pr in result.ledger.by_month() if p >= 5]
    if monthly:
        month, posts, promo = max(monthly, key=lambda row: row[2] / row[1])
        if promo / posts > cap:
            label = month_label(int(month[:4]), int(month[5:7]), lang)
            lines.append(say["worst_month"].format(month=label, share=percent(promo / posts, lang)))
    reply_share = result.ledger.share_of("reply")
    if reply_share < REPLY_SHARE_FLOOR:
        lines.append(say["replies"].format(share=percent(reply_share, lang, 1)))
    return lines


_ENGLISH = {
    "over_cap": "Promotion is {share} of all posts, above the {cap} cap. Turn about {n} promotional "
    "posts a month into value posts (tips, questions, curated shares) to get under it.",
    "over_cap_one": "Promotion is {share} of all posts, above the {cap} cap. Turn about one promotional "
    "post a month into a value post (a tip, a question, a curated share) to get under it.",
    "under_cap": "Promotion is {share} of all posts, within the {cap} cap: keep the mix, and watch the "
    "windows listed below where it slipped.",
    "best_ratio": "{Category} earn {ratio}× the engagement of promotional posts ({mean} per post): post more of them.",
    "best_plain": "{Category} earn the most engagement ({mean} per post): post more of them.",
    "under_used": "{Category} earn more than promotional posts but are only {share} of what you post.",
    "runs": "{runs} times the account posted {LONG} or more promotional posts in a row (the longest: {longest}, "
    "{start} – {end}). Put value posts between promotions.".replace("{LONG}", str(LONG_RUN)),
    "worst_month": "The most promotional month was {month} at {share}: plan value posts first in busy sales seasons.",
    "replies": "Replies are only {share} of posts. Answering comments and questions is the cheapest value "
    "post there is: reply more, and faster.",
}

_ARABIC = {
    "over_cap": "يشكّل الترويج {share} من جميع المنشورات، أعلى من الحد {cap}. حوّلوا نحو {n} منشورات ترويجية "
    "شهريًا إلى منشورات قيّمة (نصائح، أسئلة، مشاركة محتوى مفيد) للعودة تحت الحد.",
    "over_cap_one": "يشكّل الترويج {share} من جميع المنشورات، أعلى من الحد {cap}. حوّلوا نحو منشور ترويجي "
    "واحد شهريًا إلى منشور قيّم (نصيحة، سؤال، مشاركة محتوى مفيد) للعودة تحت الحد.",
    "under_cap": "يشكّل الترويج {share} من جميع المنشورات، ضمن الحد {cap}: حافظوا على هذا المزيج، "
    "وانتبهوا للفترات المذكورة أدناه التي تجاوز فيها الحد.",
    "best_ratio": "تحصد فئة «{Category}» {ratio} ضعف تفاعل المنشورات الترويجية ({mean} لكل منشور): أكثروا منها.",
    "best_plain": "تحصد فئة «{Category}» أعلى تفاعل ({mean} لكل منشور): أكثروا منها.",
    "under_used": "فئة «{Category}» تتفاعل أكثر من الترويج لكنها لا تتجاوز {share} من منشوراتكم.",
    "runs": "نشر الحساب {runs} مرات {LONG} منشورات ترويجية أو أكثر متتالية (أطولها {longest} منشورات، "
    "من {start} إلى {end}). ضعوا منشورات قيّمة بين المنشورات الترويجية.".replace("{LONG}", digits(LONG_RUN, "ar")),
    "worst_month": "أكثر الأشهر ترويجًا كان {month} بنسبة {share}: خططوا للمحتوى القيّم أولًا في مواسم التخفيضات.",
    "replies": "الردود لا تتجاوز {share} من المنشورات. الرد على التعليقات والأسئلة أسهل محتوى قيّم: ردّوا أكثر وأسرع.",
}
