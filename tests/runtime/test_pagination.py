"""Pagers over real sockets: Link paging, page-number paging, origin and loop guards, laziness.

Every page goes through the client's one request path, so retries and auth apply per page.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from generator.runtime import (
    REDACTED,
    LinkPaging,
    Operation,
    PageNumberPaging,
    PaginationError,
    RequestOptions,
)
from tests.support import Reply, ScriptedServer

from .conftest import TOKEN, async_client, parse_json, sleeps, sync_client

LIST = Operation("listThings", "GET", "/things")


def link(url: str, rel: str = "next") -> dict[str, str]:
    return {"Link": f'<{url}>; rel="{rel}"'}


def script_three_pages(server: ScriptedServer, base: str) -> None:
    server.reply(
        Reply(200, [{"n": 1}, {"n": 2}], link(f"{base}/things?skip=2&limit=2")),
        Reply(200, [{"n": 3}, {"n": 4}], link(f"{base}/things?skip=4&limit=2")),
        Reply(200, [{"n": 5}]),
    )


def kwargs(**params: Any) -> dict[str, Any]:
    return {"method": "get", "url": "/things", "params": params or None}


def test_link_paging_follows_next_exactly_with_the_token_on_every_page(
    server: ScriptedServer,
) -> None:
    base = server.url + "/v1"
    script_three_pages(server, base)
    client = sync_client(base)
    pager = client.paginate_kwargs(LIST, kwargs(limit=2), parse_json, LinkPaging())

    assert server.requests == []  # nothing is sent before iterating
    assert [item["n"] for item in pager] == [1, 2, 3, 4, 5]
    assert [r.target for r in server.requests] == [
        "/v1/things?limit=2",
        "/v1/things?skip=2&limit=2",
        "/v1/things?skip=4&limit=2",
    ]
    assert {r.headers["authorization"] for r in server.requests} == {f"Bearer {TOKEN}"}


def test_the_next_page_is_fetched_only_when_needed(server: ScriptedServer) -> None:
    base = server.url
    script_three_pages(server, base)
    pager = sync_client(base).paginate_kwargs(LIST, kwargs(), parse_json, LinkPaging())
    items = iter(pager)
    assert [next(items), next(items)] == [{"n": 1}, {"n": 2}]
    assert len(server.requests) == 1
    assert next(items) == {"n": 3}
    assert len(server.requests) == 2


def test_pages_expose_items_and_response_headers(server: ScriptedServer) -> None:
    base = server.url
    script_three_pages(server, base)
    pages = list(
        sync_client(base).paginate_kwargs(LIST, kwargs(), parse_json, LinkPaging()).pages()
    )
    assert [len(page) for page in pages] == [2, 2, 1]
    assert [page.index for page in pages] == [0, 1, 2]
    assert 'rel="next"' in pages[0].headers["link"]
    assert "link" not in pages[2].headers
    assert pages[1].status_code == 200


def test_a_relative_next_link_is_resolved_against_the_page(server: ScriptedServer) -> None:
    server.reply(Reply(200, [1], link("things?skip=1")), Reply(200, [2]))
    base = server.url + "/v1"
    pager = sync_client(base).paginate_kwargs(LIST, kwargs(), parse_json, LinkPaging())
    assert list(pager) == [1, 2]
    assert server.requests[1].target == "/v1/things?skip=1"


def test_a_next_link_to_another_origin_never_receives_the_token(server: ScriptedServer) -> None:
    with ScriptedServer() as stranger:
        stranger.always(Reply(200, [99]))
        server.reply(Reply(200, [1], link(f"{stranger.url}/things?skip=1&token=abc")))
        pager = sync_client(server.url).paginate_kwargs(LIST, kwargs(), parse_json, LinkPaging())
        seen: list[Any] = []
        with pytest.raises(PaginationError) as caught:
            for item in pager:
                seen.append(item)
        assert seen == [1]
        assert stranger.requests == []
    message = str(caught.value)
    assert stranger.url in message and "another origin" in message
    assert "abc" not in message and TOKEN not in message
    assert caught.value.link == f"{stranger.url}/things?skip={REDACTED}&token={REDACTED}"


@pytest.mark.parametrize("port", ["other-port", "other-scheme"])
def test_same_host_but_another_port_or_scheme_is_another_origin(
    server: ScriptedServer, port: str
) -> None:
    host_port = server.url.removeprefix("http://")
    target = "http://127.0.0.1:1/things" if port == "other-port" else f"https://{host_port}/things"
    server.reply(Reply(200, [1], link(target)))
    pager = sync_client(server.url).paginate_kwargs(LIST, kwargs(), parse_json, LinkPaging())
    with pytest.raises(PaginationError):
        list(pager)
    assert len(server.requests) == 1


def test_a_link_to_the_same_page_stops_with_a_typed_error(server: ScriptedServer) -> None:
    server.always(Reply(200, [1], link(f"{server.url}/things")))
    pager = sync_client(server.url).paginate_kwargs(LIST, kwargs(), parse_json, LinkPaging())
    with pytest.raises(PaginationError, match="repeats the page before it"):
        list(pager)
    assert len(server.requests) == 1


def test_a_page_that_repeats_the_previous_body_stops(server: ScriptedServer) -> None:
    # The server ignores skip: every page is the first one, with an ever-advancing link.
    server.reply(
        Reply(200, [1, 2], link(f"{server.url}/things?skip=2")),
        Reply(200, [1, 2], link(f"{server.url}/things?skip=4")),
    )
    pager = sync_client(server.url).paginate_kwargs(LIST, kwargs(), parse_json, LinkPaging())
    with pytest.raises(PaginationError):
        list(pager)
    assert len(server.requests) == 2


def test_each_page_is_retried_by_the_client_policy(server: ScriptedServer) -> None:
    server.reply(
        Reply(200, [1], link(f"{server.url}/things?skip=1")),
        Reply(503, {"errors": []}),
        Reply(200, [2]),
    )
    client = sync_client(server.url)
    assert list(client.paginate_kwargs(LIST, kwargs(), parse_json, LinkPaging())) == [1, 2]
    assert [r.target for r in server.requests] == ["/things", "/things?skip=1", "/things?skip=1"]
    assert len(sleeps(client)) == 1


def test_per_call_options_apply_to_every_page(server: ScriptedServer) -> None:
    script_three_pages(server, server.url)
    options = RequestOptions(extra_headers={"X-Trace": "t-1"})
    pager = sync_client(server.url).paginate_kwargs(
        LIST, kwargs(), parse_json, LinkPaging(), options
    )
    list(pager)
    assert [r.headers.get("x-trace") for r in server.requests] == ["t-1"] * 3


# The first request's query reaches every later page, under the link's own: a server that
# leaves a filter out of its next link still gets it, as the Stainless SDKs do
# (openai-python, _base_client.BasePage._info_to_options).


def query_keys(target: str) -> list[str]:
    return [key for key, _ in httpx.URL(target).params.multi_items()]


def test_a_next_link_without_the_first_query_still_gets_it_on_every_page(
    server: ScriptedServer,
) -> None:
    # The server answers only what was asked for: a page without the filter is not scripted.
    first = "/things?locale=da&status=open&limit=2&trace=t-1"
    server.on("GET", first, Reply(200, [1, 2], link(f"{server.url}/things?skip=2")))
    server.on(
        "GET",
        "/things?skip=2&locale=da&status=open&limit=2&trace=t-1",
        Reply(200, [3, 4], link(f"{server.url}/things?skip=4&limit=2")),
    )
    server.on("GET", "/things?skip=4&limit=2&locale=da&status=open&trace=t-1", Reply(200, [5]))
    client = sync_client(server.url, default_query={"locale": "da"})
    options = RequestOptions(extra_query={"trace": "t-1"})
    pager = client.paginate_kwargs(
        LIST, kwargs(status="open", limit=2), parse_json, LinkPaging(), options
    )
    assert list(pager) == [1, 2, 3, 4, 5]
    assert len(server.requests) == 3


def test_a_key_the_next_link_names_takes_the_links_value(server: ScriptedServer) -> None:
    server.reply(
        # default_query, the call's params and extra_query are each overridden by the link.
        Reply(200, [1], link(f"{server.url}/things?trace=t-2&status=closed&locale=en&skip=1")),
        # A link that repeats the whole query (as integrator.io's fake does, in
        # overrides/integratorio/modules/testing/_fake.py) is followed as given: nothing added.
        Reply(
            200, [2], link(f"{server.url}/things?limit=1&trace=t-1&skip=2&status=open&locale=da")
        ),
        Reply(200, [3]),
    )
    client = sync_client(server.url, default_query={"locale": "da"})
    options = RequestOptions(extra_query={"trace": "t-1"})
    pager = client.paginate_kwargs(
        LIST, kwargs(status="open", limit=1), parse_json, LinkPaging(), options
    )
    assert list(pager) == [1, 2, 3]
    assert [r.target for r in server.requests] == [
        "/things?locale=da&status=open&limit=1&trace=t-1",
        "/things?trace=t-2&status=closed&locale=en&skip=1&limit=1",
        "/things?limit=1&trace=t-1&skip=2&status=open&locale=da",
    ]


def test_repeated_keys_survive_and_no_key_is_sent_twice(server: ScriptedServer) -> None:
    server.reply(
        # The link repeats a key of its own and names one repeated key of the first request.
        Reply(200, [1], link(f"{server.url}/things?skip=1&state=a&state=b&tag=z")),
        # This one names neither: both keep their first request's values.
        Reply(200, [2], link(f"{server.url}/things?skip=2")),
        Reply(200, [3]),
    )
    pager = sync_client(server.url).paginate_kwargs(
        LIST, kwargs(tag=["x", "y"], state=["c"], id=[1, 2]), parse_json, LinkPaging()
    )
    assert list(pager) == [1, 2, 3]
    targets = [r.target for r in server.requests]
    assert targets == [
        "/things?tag=x&tag=y&state=c&id=1&id=2",
        "/things?skip=1&state=a&state=b&tag=z&id=1&id=2",
        "/things?skip=2&tag=x&tag=y&state=c&id=1&id=2",
    ]
    for target in targets:
        keys = query_keys(target)
        # Repeats only where a list asked for them; no single value twice.
        assert len(set(httpx.URL(target).params.multi_items())) == len(keys)


def test_a_link_to_the_page_just_fetched_stops_at_once_with_or_without_its_query(
    server: ScriptedServer,
) -> None:
    # The link names the page just fetched, query included: a loop, seen before a 2nd request.
    server.on(
        "GET", "/things?status=open", Reply(200, [1], link(f"{server.url}/things?status=open"))
    )
    # Merged with the first query, a link without one names the page just fetched too.
    server.on("GET", "/things?locale=da&status=open", Reply(200, [1], link(f"{server.url}/things")))
    pagers = [
        sync_client(server.url).paginate_kwargs(
            LIST, kwargs(status="open"), parse_json, LinkPaging()
        ),
        sync_client(server.url, default_query={"locale": "da"}).paginate_kwargs(
            LIST, kwargs(status="open"), parse_json, LinkPaging()
        ),
    ]
    for pager in pagers:
        with pytest.raises(PaginationError, match="repeats the page before it"):
            list(pager)
    assert [r.target for r in server.requests] == [
        "/things?status=open",
        "/things?locale=da&status=open",
    ]


def parse_page(response: httpx.Response) -> Any:
    data = response.json()
    return SimpleNamespace(
        page_number=data["pageNumber"],
        page_size=data["pageSize"],
        total=data["total"],
        results=data["results"],
    )


def numbered(page: int, size: int, total: int, results: list[int]) -> Reply:
    return Reply(200, {"pageNumber": page, "pageSize": size, "total": total, "results": results})


PAGE_NUMBER = PageNumberPaging(page_param="pageNumber", items_attribute="results")


def test_page_number_paging_stops_at_the_total(server: ScriptedServer) -> None:
    server.reply(numbered(0, 2, 5, [1, 2]), numbered(1, 2, 5, [3, 4]), numbered(2, 2, 5, [5]))
    server.always(Reply(500, {"errors": []}))
    pager = sync_client(server.url).paginate_kwargs(
        LIST, kwargs(pageSize=2), parse_page, PAGE_NUMBER
    )
    assert list(pager) == [1, 2, 3, 4, 5]
    assert [r.target for r in server.requests] == [
        "/things?pageSize=2&pageNumber=0",
        "/things?pageSize=2&pageNumber=1",
        "/things?pageSize=2&pageNumber=2",
    ]


def test_page_number_paging_stops_exactly_at_a_full_last_page(server: ScriptedServer) -> None:
    server.reply(numbered(0, 2, 4, [1, 2]), numbered(1, 2, 4, [3, 4]))
    pager = sync_client(server.url).paginate_kwargs(LIST, kwargs(), parse_page, PAGE_NUMBER)
    assert list(pager) == [1, 2, 3, 4]
    assert len(server.requests) == 2


def test_page_number_paging_stops_on_an_empty_page(server: ScriptedServer) -> None:
    # A total that overstates what exists must not make the pager ask forever.
    server.reply(numbered(0, 2, 100, [1, 2]), numbered(1, 2, 100, []))
    pager = sync_client(server.url).paginate_kwargs(LIST, kwargs(), parse_page, PAGE_NUMBER)
    assert list(pager) == [1, 2]
    assert len(server.requests) == 2


def test_page_number_paging_refuses_a_repeated_page(server: ScriptedServer) -> None:
    server.always(numbered(0, 2, 100, [1, 2]))
    pager = sync_client(server.url).paginate_kwargs(LIST, kwargs(), parse_page, PAGE_NUMBER)
    with pytest.raises(PaginationError, match="repeats page"):
        list(pager)
    assert len(server.requests) == 2


def test_async_pager_needs_no_await_and_fetches_lazily(server: ScriptedServer) -> None:
    base = server.url + "/v1"
    script_three_pages(server, base)
    script_three_pages(server, base)  # iterated twice: a pager starts over each time

    async def main() -> tuple[list[int], int, list[int]]:
        client = async_client(base)
        pager = client.paginate_kwargs(LIST, kwargs(limit=2), parse_json, LinkPaging())
        sent_before = len(server.requests)
        items = [item["n"] async for item in pager]
        sizes = [len(page) async for page in pager.pages()]
        await client.aclose()
        return items, sent_before, sizes

    items, sent_before, sizes = asyncio.run(main())
    assert sent_before == 0
    assert items == [1, 2, 3, 4, 5]
    assert sizes == [2, 2, 1]
    assert {r.headers["authorization"] for r in server.requests} == {f"Bearer {TOKEN}"}


def test_async_pager_refuses_another_origin(server: ScriptedServer) -> None:
    with ScriptedServer() as stranger:
        stranger.always(Reply(200, [99]))
        server.reply(Reply(200, [1], link(f"{stranger.url}/things")))

        async def main() -> None:
            client = async_client(server.url)
            try:
                async for _ in client.paginate_kwargs(LIST, kwargs(), parse_json, LinkPaging()):
                    pass
            finally:
                await client.aclose()

        with pytest.raises(PaginationError):
            asyncio.run(main())
        assert stranger.requests == []


def test_async_pager_sends_the_first_query_under_every_next_link(
    server: ScriptedServer,
) -> None:
    server.reply(
        Reply(200, [1], link(f"{server.url}/things?skip=1&status=closed")),
        Reply(200, [2], link(f"{server.url}/things?skip=2")),
        Reply(200, [3]),
    )

    async def main() -> list[int]:
        client = async_client(server.url, default_query={"locale": "da"})
        options = RequestOptions(extra_query={"trace": ["t-1", "t-2"]})
        pager = client.paginate_kwargs(
            LIST, kwargs(status="open"), parse_json, LinkPaging(), options
        )
        try:
            return [item async for item in pager]
        finally:
            await client.aclose()

    assert asyncio.run(main()) == [1, 2, 3]
    assert [r.target for r in server.requests] == [
        "/things?locale=da&status=open&trace=t-1&trace=t-2",
        "/things?skip=1&status=closed&locale=da&trace=t-1&trace=t-2",
        "/things?skip=2&locale=da&status=open&trace=t-1&trace=t-2",
    ]


def test_async_page_number_paging(server: ScriptedServer) -> None:
    server.reply(numbered(0, 2, 3, [1, 2]), numbered(1, 2, 3, [3]))

    async def main() -> list[int]:
        client = async_client(server.url)
        pager = client.paginate_kwargs(LIST, kwargs(), parse_page, PAGE_NUMBER)
        try:
            return [item async for item in pager]
        finally:
            await client.aclose()

    assert asyncio.run(main()) == [1, 2, 3]
    assert server.requests[1].target == "/things?pageNumber=1"
