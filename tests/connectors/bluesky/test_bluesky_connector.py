"""The Bluesky connector against the reference PDS: what it publishes is read back from the server itself."""

from __future__ import annotations

import re
import struct
import time
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from bluesky_pds import Account, FaultTransport, LocalPds

from cocktailparty.connectors.base import (
    AuthError,
    ChannelConfig,
    Media,
    OutgoingPost,
    RateLimited,
    RejectedError,
    TransientError,
)
from cocktailparty.connectors.bluesky import count_graphemes, rkey_for
from cocktailparty.connectors.bluesky.connector import BlueskyConnector
from cocktailparty.connectors.registry import connector_for
from cocktailparty.errors import Message


def english(problems: list[Message]) -> list[str]:
    return [str(problem) for problem in problems]

POST = "app.bsky.feed.post"
CID = "bafyreibxe7emoblyxyf2tumaof32zi6yx3zanpcu7gsjthrfn3lg6czya4"  # any well-formed CID, for canned answers
LoggedIn = tuple[BlueskyConnector, FaultTransport]
ARABIC = "رمضان كريم! بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ — خصم خاص لعملائنا #رمضان_كريم"


def connect(pds: LocalPds, account: Account, transport: httpx.BaseTransport | None = None) -> BlueskyConnector:
    config = ChannelConfig(network="bluesky", base_url=pds.url, handle=account.handle, password=account.password)
    return BlueskyConnector(config, transport=transport)


def xrpc_get(pds: LocalPds, method: str, **params: str) -> Any:
    """Read from the PDS directly, without the connector, so what it wrote is checked by the server's word."""
    answer = httpx.get(f"{pds.url}/xrpc/{method}", params=params, timeout=10)
    answer.raise_for_status()
    return answer.json()


def read_record(pds: LocalPds, uri: str) -> dict[str, Any]:
    _, _, did, collection, rkey = uri.split("/")
    value: dict[str, Any] = xrpc_get(pds, "com.atproto.repo.getRecord", repo=did, collection=collection, rkey=rkey)[
        "value"
    ]
    return value


def own_posts(pds: LocalPds, account: Account) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = xrpc_get(
        pds, "com.atproto.repo.listRecords", repo=account.did, collection=POST, limit="100"
    )["records"]
    return records


def write_post(pds: LocalPds, author: Account, record: dict[str, Any]) -> dict[str, Any]:
    """Another app (or person) posting: a plain createRecord with a PDS-minted record key."""
    record = {"$type": POST, "createdAt": datetime.now(UTC).isoformat().replace("+00:00", "Z"), **record}
    answer = httpx.post(
        f"{pds.url}/xrpc/com.atproto.repo.createRecord",
        headers={"Authorization": f"Bearer {author.access_jwt}"},
        json={"repo": author.did, "collection": POST, "record": record},
        timeout=10,
    )
    answer.raise_for_status()
    created: dict[str, Any] = answer.json()
    return created


def facet_texts(text: str, record: dict[str, Any]) -> dict[str, str]:
    """Each facet's feature type and the text its UTF-8 byte slice covers."""
    data = text.encode()
    found = {}
    for facet in record.get("facets", []):
        kind = facet["features"][0]["$type"].split("#")[1]
        found[kind] = data[facet["index"]["byteStart"] : facet["index"]["byteEnd"]].decode()
    return found


def png(path: Path, width: int, height: int, padding: int = 0) -> Path:
    """A real PNG (grey pixels); `padding` adds an ancillary chunk to reach an exact file size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    body = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows))
    if padding:
        body += chunk(b"teXt", b"c\x00" + b"x" * padding)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body + chunk(b"IEND", b""))
    return path


# -- publishing -------------------------------------------------------------------------------------------


def test_publish_text_with_link_tag_and_mention_reads_back(
    local_pds: LocalPds, account: Account, other_account: Account
) -> None:
    text = f"Our new roast is in! Details https://example.com/roast. #coffee thanks @{other_account.handle} @ghost.test"
    published = connect(local_pds, account).publish(OutgoingPost(key="post-1", text=text))

    assert published.remote_id == f"at://{account.did}/{POST}/{rkey_for('post-1')}"
    assert published.url == f"https://bsky.app/profile/{account.did}/post/{rkey_for('post-1')}"
    assert abs(published.published_at - datetime.now(UTC)) < timedelta(minutes=1)
    record = read_record(local_pds, published.remote_id)
    assert record["text"] == text
    assert facet_texts(text, record) == {
        "link": "https://example.com/roast",
        "tag": "#coffee",
        "mention": f"@{other_account.handle}",  # @ghost.test resolves to no one, so it gets no facet
    }
    features = {facet["features"][0]["$type"]: facet["features"][0] for facet in record["facets"]}
    assert features["app.bsky.richtext.facet#mention"]["did"] == other_account.did
    assert features["app.bsky.richtext.facet#tag"]["tag"] == "coffee"


def test_arabic_text_round_trips_with_byte_offsets(local_pds: LocalPds, account: Account) -> None:
    published = connect(local_pds, account).publish(OutgoingPost(key="eid", text=ARABIC))

    record = read_record(local_pds, published.remote_id)
    assert record["text"] == ARABIC
    assert facet_texts(ARABIC, record) == {"tag": "#رمضان_كريم"}


@pytest.mark.filterwarnings("ignore:Use 'content=<...>':DeprecationWarning")  # atproto's uploadBlob call to httpx
def test_images_are_uploaded_and_embedded(local_pds: LocalPds, account: Account, tmp_path: Path) -> None:
    first, second = png(tmp_path / "office.png", 4, 3), png(tmp_path / "team.png", 2, 2)
    post = OutgoingPost(
        key="photos",
        text="New Year party at the office",
        media=(Media(first, "image/png", alt_text="حفلة رأس السنة"), Media(second, "image/png")),
    )
    published = connect(local_pds, account).publish(post)

    images = read_record(local_pds, published.remote_id)["embed"]["images"]
    assert [image["alt"] for image in images] == ["حفلة رأس السنة", ""]
    assert [image["image"]["mimeType"] for image in images] == ["image/png", "image/png"]
    stored = httpx.get(
        f"{local_pds.url}/xrpc/com.atproto.sync.getBlob",
        params={"did": account.did, "cid": images[0]["image"]["ref"]["$link"]},
        timeout=10,
    )
    assert stored.content == first.read_bytes()


def test_image_over_one_million_bytes_is_refused_before_upload(
    local_pds: LocalPds, fresh_account: Account, tmp_path: Path
) -> None:
    small = png(tmp_path / "small.png", 1, 1)
    big = png(tmp_path / "big.png", 1, 1, padding=1_000_001 - small.stat().st_size - 14)
    assert big.stat().st_size == 1_000_001
    connector = connect(local_pds, fresh_account)

    with pytest.raises(RejectedError, match=r"big\.png is 1,000,001 bytes; the limit is 1,000,000"):
        connector.publish(OutgoingPost(key="big", text="too big", media=(Media(big, "image/png"),)))
    with pytest.raises(RejectedError, match="5 media files; the limit is 4"):
        connector.publish(OutgoingPost(key="many", text="too many", media=(Media(small, "image/png"),) * 5))
    assert own_posts(local_pds, fresh_account) == []


def test_reply_names_the_parent_and_the_thread_root(
    local_pds: LocalPds, account: Account, other_account: Account
) -> None:
    connector = connect(local_pds, account)
    original = connector.publish(OutgoingPost(key="question", text="Espresso or filter?"))
    ref = _ref(local_pds, original.remote_id)
    answer = write_post(local_pds, other_account, {"text": "Filter!", "reply": {"root": ref, "parent": ref}})

    reply = connector.publish(OutgoingPost(key="thanks", text="شكراً لك!", reply_to=answer["uri"]))

    thread = read_record(local_pds, reply.remote_id)["reply"]
    assert (thread["parent"]["uri"], thread["parent"]["cid"]) == (answer["uri"], answer["cid"])
    assert thread["root"]["uri"] == original.remote_id


def _ref(pds: LocalPds, uri: str) -> dict[str, str]:
    _, _, did, collection, rkey = uri.split("/")
    found = xrpc_get(pds, "com.atproto.repo.getRecord", repo=did, collection=collection, rkey=rkey)
    return {"uri": found["uri"], "cid": found["cid"]}


# -- limits, counted Bluesky's way ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "graphemes"),
    [
        ("hello", 5),
        ("👋🏽", 1),  # waving hand + skin tone modifier
        ("👨‍👩‍👧‍👦", 1),  # a family: four people joined by ZWJ
        ("🇸🇦🇦🇪", 2),  # two flags, each a pair of regional indicators
        ("بِسْمِ", 3),  # three Arabic letters, each with its diacritic
        ("اللَّهِ", 4),  # shadda and kasra stack on one letter
        ("e\u0301", 1),  # e + combining acute accent
    ],
)
def test_graphemes_are_counted_like_bluesky(text: str, graphemes: int) -> None:
    assert count_graphemes(text) == graphemes


def test_the_limit_is_300_graphemes_whatever_their_code_points(local_pds: LocalPds, account: Account) -> None:
    connector = connect(local_pds, account)
    emoji, arabic = "👋🏽" * 300, "بِ" * 300
    assert (len(emoji), len(arabic)) == (600, 600)
    assert english(connector.limits.problems(OutgoingPost(key="e", text=emoji))) == []

    for key, text in (("emoji-300", emoji), ("arabic-300", arabic)):
        published = connector.publish(OutgoingPost(key=key, text=text))  # the server takes them: 300 is 300
        assert read_record(local_pds, published.remote_id)["text"] == text
    with pytest.raises(RejectedError, match="text is 301 characters as this network counts them; the limit is 300"):
        connector.publish(OutgoingPost(key="emoji-301", text=emoji + "👋🏽"))
    with pytest.raises(RejectedError, match="text is 301 characters"):
        connector.publish(OutgoingPost(key="arabic-301", text=arabic + "بِ"))


def test_the_server_itself_refuses_301_graphemes(local_pds: LocalPds, account: Account) -> None:
    # What the connector checks up front is what the PDS enforces, so our count is the network's count.
    with pytest.raises(httpx.HTTPStatusError) as refused:
        write_post(local_pds, account, {"text": "👋🏽" * 301})
    assert refused.value.response.status_code == 400
    assert "maximum 300, got 301" in refused.value.response.json()["message"]


def test_text_over_3000_bytes_is_refused(local_pds: LocalPds, account: Account) -> None:
    family = "👨‍👩‍👧‍👦" * 150  # 150 graphemes but 3,750 UTF-8 bytes
    with pytest.raises(RejectedError, match="3,750 bytes in UTF-8; Bluesky accepts at most 3,000"):
        connect(local_pds, account).publish(OutgoingPost(key="family", text=family))


def test_limits_declare_images_and_no_polls() -> None:
    limits = BlueskyConnector(ChannelConfig(network="bluesky")).limits
    assert (limits.max_chars, limits.max_media, limits.max_media_bytes, limits.polls) == (300, 4, 1_000_000, False)


# -- never twice: find_published and the key-derived record key -------------------------------------------


def test_rkeys_are_valid_tids_derived_from_our_key() -> None:
    assert rkey_for("post-42") == rkey_for("post-42")
    assert rkey_for("post-42") != rkey_for("post-43")
    for key in ("post-42", "٤٢", "", "x" * 500):
        assert re.fullmatch(r"[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}", rkey_for(key))


def test_find_published_after_a_crash(local_pds: LocalPds, account: Account) -> None:
    since = datetime.now(UTC) - timedelta(seconds=5)
    post = OutgoingPost(key="launch-7", text="Launch day ☕ يوم الإطلاق")
    published = connect(local_pds, account).publish(post)
    # The worker dies before it records the answer; a new one asks before publishing again.
    restarted = connect(local_pds, account)

    found = restarted.find_published(post, since)

    assert found is not None and found.remote_id == published.remote_id
    assert abs(found.published_at - published.published_at) < timedelta(seconds=1)
    assert restarted.find_published(OutgoingPost(key="launch-8", text="never sent"), since) is None


def test_a_lost_answer_does_not_post_twice(
    local_pds: LocalPds, fresh_account: Account, faults: FaultTransport
) -> None:
    def created_then_timed_out(request: httpx.Request) -> httpx.Response:
        faults.faults.clear()
        httpx.HTTPTransport().handle_request(request).read()  # the PDS creates the post...
        raise httpx.ReadTimeout("the answer was lost", request=request)  # ...and the answer never arrives

    faults.faults["com.atproto.repo.createRecord"] = created_then_timed_out
    post = OutgoingPost(key="once", text="Only once, please")

    first = connect(local_pds, fresh_account, faults).publish(post)  # sees the record its create made
    again = connect(local_pds, fresh_account).publish(post)  # a retry by a worker that never heard back

    assert again.remote_id == first.remote_id
    assert [record["value"]["text"] for record in own_posts(local_pds, fresh_account)] == ["Only once, please"]


def test_find_published_by_exact_text_for_posts_made_elsewhere(local_pds: LocalPds, fresh_account: Account) -> None:
    before = datetime.now(UTC) - timedelta(seconds=5)
    made = write_post(local_pds, fresh_account, {"text": "Posted from the phone"})
    connector = connect(local_pds, fresh_account)

    found = connector.find_published(OutgoingPost(key="phone", text="Posted from the phone"), before)

    assert found is not None and found.remote_id == made["uri"]
    assert connector.find_published(OutgoingPost(key="phone", text="Posted from the phone!"), before) is None
    later = datetime.now(UTC) + timedelta(seconds=5)
    assert connector.find_published(OutgoingPost(key="phone", text="Posted from the phone"), later) is None


# -- delete and comments ----------------------------------------------------------------------------------


def test_delete_removes_the_post(local_pds: LocalPds, account: Account) -> None:
    connector = connect(local_pds, account)
    post = OutgoingPost(key="oops", text="Typo in the price")
    published = connector.publish(post)

    connector.delete(published.remote_id)

    with pytest.raises(httpx.HTTPStatusError, match="400"):
        read_record(local_pds, published.remote_id)
    assert connector.find_published(post, datetime.now(UTC) - timedelta(minutes=1)) is None
    with pytest.raises(RejectedError, match="not a Bluesky post id"):
        connector.delete("https://bsky.app/profile/x/post/y")
    with pytest.raises(RejectedError, match="another account's post"):
        connector.delete(f"at://did:plc:someoneelse/{POST}/3kabc")


def test_fetch_comments_returns_replies_and_mentions_oldest_first(
    local_pds: LocalPds, fresh_account: Account, other_account: Account
) -> None:
    connector = connect(local_pds, fresh_account)
    before = datetime.now(UTC) - timedelta(seconds=5)
    original = connector.publish(OutgoingPost(key="ask", text="What should we bake next?"))
    ref = _ref(local_pds, original.remote_id)
    reply = write_post(local_pds, other_account, {"text": "كعك العيد من فضلكم", "reply": {"root": ref, "parent": ref}})
    time.sleep(0.01)  # distinct createdAt values, so "oldest first" is observable
    mention_text = f"Best croissants in town: @{fresh_account.handle}"
    start = mention_text.encode().index(b"@")
    mention = write_post(
        local_pds, other_account,
        {
            "text": mention_text,
            "facets": [{
                "index": {"byteStart": start, "byteEnd": len(mention_text.encode())},
                "features": [{"$type": "app.bsky.richtext.facet#mention", "did": fresh_account.did}],
            }],
        },
    )
    write_post(local_pds, other_account, {"text": "Unrelated musings"})
    # The channel's own reply continues its thread: not a comment.
    connector.publish(OutgoingPost(key="self-reply", text="Thread 2/2", reply_to=original.remote_id))

    comments = connector.fetch_comments(before)

    assert [(c.remote_id, c.author, c.text, c.in_reply_to) for c in comments] == [
        (reply["uri"], other_account.handle, "كعك العيد من فضلكم", original.remote_id),
        (mention["uri"], other_account.handle, mention_text, None),
    ]
    assert comments[0].created_at <= comments[1].created_at
    assert connector.fetch_comments() == comments  # no `since`: everything there is
    assert connector.fetch_comments(datetime.now(UTC) + timedelta(seconds=5)) == []


def test_fetch_comments_reads_appview_notifications_when_there_are_some(
    local_pds: LocalPds, account: Account, faults: FaultTransport
) -> None:
    # bsky.social answers listNotifications through its AppView; the local PDS has none, so its answer is
    # supplied here, shaped by the app.bsky.notification.listNotifications lexicon.
    def notification(reason: str, minutes_ago: int, text: str, reply_to: str | None = None) -> dict[str, Any]:
        created = (datetime.now(UTC) - timedelta(minutes=minutes_ago)).isoformat().replace("+00:00", "Z")
        record: dict[str, Any] = {"$type": POST, "text": text, "createdAt": created}
        if reply_to:
            record["reply"] = {"root": {"uri": reply_to, "cid": CID}, "parent": {"uri": reply_to, "cid": CID}}
        return {
            "uri": f"at://did:plc:fan/{POST}/3l{minutes_ago:011d}", "cid": CID, "reason": reason, "record": record,
            "author": {"did": "did:plc:fan", "handle": "fan.bsky.social"}, "isRead": False, "indexedAt": created,
        }

    ours = f"at://{account.did}/{POST}/3kabc"
    page = {"notifications": [
        notification("mention", 1, "@brand hello"),
        notification("like", 2, "(a like carries the liked post)"),
        notification("reply", 3, "Love it", reply_to=ours),
        notification("reply", 90, "too old"),
    ]}
    faults.faults["app.bsky.notification.listNotifications"] = lambda request: httpx.Response(200, json=page)

    comments = connect(local_pds, account, faults).fetch_comments(datetime.now(UTC) - timedelta(hours=1))

    assert [(c.text, c.author, c.in_reply_to) for c in comments] == [
        ("Love it", "fan.bsky.social", ours),
        ("@brand hello", "fan.bsky.social", None),
    ]


# -- verify, registry and errors --------------------------------------------------------------------------


def test_verify_returns_the_handle_and_the_registry_builds_the_connector(
    local_pds: LocalPds, account: Account
) -> None:
    handle = f"@{account.handle}"  # as people type it
    config = ChannelConfig(network="bluesky", base_url=local_pds.url, handle=handle, password=account.password)
    connector = connector_for(config)
    assert isinstance(connector, BlueskyConnector)
    assert connector.verify() == account.handle


def test_a_wrong_app_password_is_an_auth_error(local_pds: LocalPds, account: Account) -> None:
    config = ChannelConfig(network="bluesky", base_url=local_pds.url, handle=account.handle, password="wrong")
    with pytest.raises(AuthError, match="reconnect the channel"):
        BlueskyConnector(config).verify()
    with pytest.raises(AuthError, match="no handle or app password"):
        BlueskyConnector(ChannelConfig(network="bluesky", base_url=local_pds.url)).publish(OutgoingPost("k", "hi"))


def test_the_servers_own_rate_limit_becomes_rate_limited(local_pds: LocalPds) -> None:
    # createSession allows 30 attempts per 5 minutes per identifier: spend them, then the connector's login
    # meets the PDS's genuine 429 (which carries RateLimit-Reset, not Retry-After).
    handle = "nobody-rate-limited.test"

    def attempt(_: int) -> int:
        login = {"identifier": handle, "password": "x"}
        return httpx.post(f"{local_pds.url}/xrpc/com.atproto.server.createSession", json=login, timeout=10).status_code

    with ThreadPoolExecutor(max_workers=30) as pool:  # the PDS holds each failed login ~0.35 s: send them at once
        assert set(pool.map(attempt, range(30))) == {401}
    config = ChannelConfig(network="bluesky", base_url=local_pds.url, handle=handle, password="x")
    with pytest.raises(RateLimited, match="rate limited") as limited:
        BlueskyConnector(config).verify()
    assert limited.value.retry_after is not None and 250 < limited.value.retry_after <= 300


@pytest.fixture(scope="module")
def logged_in_once(local_pds: LocalPds, account: Account) -> Iterator[LoggedIn]:
    transport = FaultTransport()
    connector = connect(local_pds, account, transport)
    connector.verify()  # logged in for real (each login costs the PDS ~0.35 s), so faults hit the calls after it
    yield connector, transport
    transport.close()


@pytest.fixture
def logged_in(logged_in_once: LoggedIn) -> Iterator[LoggedIn]:
    yield logged_in_once
    logged_in_once[1].faults.clear()


def error(status: int, code: str, headers: dict[str, str] | None = None) -> Any:
    return lambda request: httpx.Response(status, headers=headers, json={"error": code, "message": f"injected {code}"})


@pytest.mark.parametrize(
    ("fault", "expected", "says"),
    [
        (error(429, "RateLimitExceeded", {"Retry-After": "7"}), RateLimited, "rate limited"),
        (error(500, "InternalServerError"), TransientError, "try again later"),
        (error(502, "UpstreamFailure"), TransientError, "try again later"),
        (error(401, "ExpiredToken"), AuthError, "reconnect the channel"),
        (error(400, "ExpiredToken"), AuthError, "session expired"),
        (error(403, "Forbidden"), AuthError, "reconnect the channel"),
        (error(400, "InvalidRequest"), RejectedError, "HTTP 400 InvalidRequest: injected InvalidRequest"),
        (error(413, "PayloadTooLarge"), RejectedError, "was refused"),
    ],
)
def test_error_answers_become_our_errors(
    logged_in: LoggedIn, fault: Any, expected: type, says: str
) -> None:
    connector, faults = logged_in
    faults.faults["com.atproto.repo.createRecord"] = fault
    faults.faults["com.atproto.repo.getRecord"] = error(400, "RecordNotFound")  # nothing published before

    with pytest.raises(expected, match=says) as raised:
        connector.publish(OutgoingPost(key="faulty", text="hello"))

    assert type(raised.value) is expected
    if isinstance(raised.value, RateLimited):
        assert raised.value.retry_after == 7


def test_rate_limit_reset_header_gives_retry_after(
    local_pds: LocalPds, account: Account, faults: FaultTransport
) -> None:
    reset = str(int(time.time()) + 60)
    faults.faults["com.atproto.server.createSession"] = error(429, "RateLimitExceeded", {"RateLimit-Reset": reset})
    with pytest.raises(RateLimited) as limited:
        connect(local_pds, account, faults).verify()
    assert limited.value.retry_after is not None and 55 <= limited.value.retry_after <= 60


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("connection refused"), httpx.ReadTimeout("timed out"), httpx.RemoteProtocolError("eof")],
)
def test_transport_failures_are_transient(
    local_pds: LocalPds, account: Account, faults: FaultTransport, failure: Exception
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    faults.faults["com.atproto.server.createSession"] = fail
    with pytest.raises(TransientError):
        connect(local_pds, account, faults).verify()


def test_replying_to_a_missing_post_is_rejected_by_the_server(local_pds: LocalPds, account: Account) -> None:
    gone = f"at://{account.did}/{POST}/3kzzzzzzzzzzz"
    with pytest.raises(RejectedError, match="RecordNotFound"):
        connect(local_pds, account).publish(OutgoingPost(key="r", text="hi", reply_to=gone))
