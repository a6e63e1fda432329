# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Pagers: every record of a paginated list, fetched one page at a time.

A list method of a generated client returns a ``SyncPager`` (or an ``AsyncPager``) without
sending anything. Iterating it (``for item in pager`` / ``async for item in pager``) sends the
first request, yields that page's records, and asks for the next page only when the caller has
consumed them, so memory holds one page whatever the total. ``pager.pages()`` yields the
``Page`` objects instead, with their response headers. Every page goes through the client's one
request path: the same retries, rate limit, token renewal, logging and typed errors as any call.

Two ways APIs say where the next page is, one ``Paging`` strategy each:

- ``LinkPaging``: an RFC 8288 ``Link`` header with ``rel="next"`` (integrator.io;
  developer.celigo.com, "Pagination"). The link is followed as given, with the first request's
  query parameters (the method's own, ``default_query``, ``extra_query``) that it does not name
  added after its own, as the Stainless SDKs do (openai-python,
  ``_base_client.BasePage._info_to_options``): a server that leaves a filter out of its link
  still gets it on every page, and a key the link names is sent once, with the link's values.
  Links go only to the client's own origin (scheme, host and port): a link elsewhere would carry
  the token to a stranger, so it raises ``PaginationError`` naming the link instead. A link to
  the page just fetched, or a page whose body repeats the previous one, raises too, instead of
  looping forever.
- ``PageNumberPaging``: a page number query parameter, counted from 0, and an answer that says
  the total (Hubster; hubsterio/docs, docs/api/0_overview.rst, "Paginated Results"). Pages are asked
  for until ``(pageNumber + 1) * pageSize >= total`` or a page comes back empty.

Tested over real sockets in tests/runtime/test_pagination.py and tests/clients/test_pagination.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._errors import PaginationError
from ._redaction import redact_url

if TYPE_CHECKING:
    from ._async_client import AsyncAPIClient
    from ._request import Call
    from ._sync_client import SyncAPIClient

T = TypeVar("T")
ItemT = TypeVar("ItemT")

_DEFAULT_PORTS = {"http": 80, "https": 443}


class Page(Generic[ItemT]):
    """One answer of a paginated list: its records and the HTTP response they came in.

    ``parsed`` is the answer as the operation declares it (the list itself, or the page
    object); ``index`` is 0 for the first page the pager fetched.
    """

    # Plain classes here and below, not dataclasses: this module loads with every package, and
    # each dataclass costs import time (``make bench``, import figure).
    __slots__ = ("index", "items", "parsed", "response")

    def __init__(
        self, items: Sequence[ItemT], response: httpx.Response, parsed: object, index: int
    ) -> None:
        self.items = items
        self.response = response
        self.parsed = parsed
        self.index = index

    def __repr__(self) -> str:
        return f"<Page {self.index}: {len(self.items)} items, {self.status_code}>"

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def status_code(self) -> int:
        return self.response.status_code

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class Paging:
    """How one API says where the next page is (the base class of the strategies below).

    A plain base class rather than a ``typing.Protocol``, which costs import time.
    """

    __slots__ = ()

    def start(self, call: Call) -> Call:
        """The call of the first page (the strategy may add its own query parameters)."""
        return call

    def items(self, parsed: Any) -> Sequence[Any]:
        """The records of a parsed page."""
        raise NotImplementedError

    def next_call(
        self, call: Call, page: Page[Any], repeated: bool, base_url: httpx.URL
    ) -> Call | None:
        """The call of the page after ``page``, or None when it was the last.

        ``repeated`` says that ``page`` has records and the same body as the page before it.
        """
        raise NotImplementedError


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def _under_link(target: httpx.URL, first_query: httpx.QueryParams) -> httpx.URL:
    """``target`` with the parameters of ``first_query`` whose keys its own query leaves out.

    The link's query stays byte for byte as the server wrote it, and the rest follows it in
    httpx's own encoding (the one the first request used). A key the link names keeps only the
    link's values; repeated keys keep every value.
    """
    named = target.params
    kept = tuple((key, value) for key, value in first_query.multi_items() if key not in named)
    if not kept:
        return target
    added = str(httpx.QueryParams(kept)).encode("ascii")
    return target.copy_with(query=target.query + b"&" + added if target.query else added)


def _release(page: Page[Any]) -> None:
    """Let a consumed page's body go as soon as nothing refers to it.

    httpx keeps a response and its stream in a reference cycle, so a read response lives until
    the cycle collector runs, often several pages later (measured by ``make bench``, pages
    figure). The body is read by now; an empty stream breaks the cycle and keeps the response
    usable (``content``, ``headers``).
    """
    page.response.stream = httpx.ByteStream(b"")


def _digest(page: Page[Any]) -> tuple[int, int]:
    # Only a digest of the previous page is kept, so that memory holds one page at a time.
    return len(page.response.content), hash(page.response.content)


class LinkPaging(Paging):
    """Follow ``Link: <...>; rel="next"`` until an answer has none."""

    __slots__ = ()

    def items(self, parsed: Any) -> Sequence[Any]:
        return parsed if isinstance(parsed, Sequence) else ()

    def next_call(
        self, call: Call, page: Page[Any], repeated: bool, base_url: httpx.URL
    ) -> Call | None:
        link = page.response.links.get("next", {}).get("url")
        if not link:
            return None
        try:
            # A relative reference is resolved against the page's own URL (RFC 8288, 3.2).
            target = page.response.request.url.join(link)
        except (httpx.InvalidURL, TypeError, ValueError):
            raise PaginationError(
                f"The answer to {call.op.operation_id} points to its next page with a link that "
                "is not a valid URL. The API broke its paging contract; report it to its authors.",
                response=page.response,
                link="<unparseable URL>",
            ) from None
        if _origin(target) != _origin(base_url):
            raise PaginationError(
                f"The answer to {call.op.operation_id} points to its next page at "
                f"{redact_url(target)}, which is not on {redact_url(base_url)}. The client never "
                "sends its token to another origin, so it stopped listing. If the API really "
                "moved, point base_url at the new address.",
                response=page.response,
                link=redact_url(target),
            )
        # The first call holds its query in ``params`` (prepare() put the method's own,
        # default_query and extra_query there, once each); later calls carry it aside, since
        # httpx would let ``params`` win over the link's query.
        first_query = call.first_query
        if first_query is None:
            first_query = httpx.QueryParams(call.send.get("params"))
        if first_query:
            target = _under_link(target, first_query)
        # Compared with the URL sent too: the first call's own URL has no query.
        if repeated or target == call.url or target == page.response.request.url:
            raise PaginationError(
                f"The answer to {call.op.operation_id} repeats the page before it (next link "
                f"{redact_url(target)}), so following it would never end. The API did not "
                "advance its paging; report it to its authors.",
                response=page.response,
                link=redact_url(target),
            )
        send = {k: v for k, v in call.send.items() if k != "params"}
        return replace(call, url=target, send=send, first_query=first_query)


class PageNumberPaging(Paging):
    """Ask for page 0, 1, 2, ... until the answer's total is reached.

    ``page_param`` is the query parameter's wire name; ``items``, ``total``, ``page_number`` and
    ``page_size`` are attribute names of the parsed page object.
    """

    __slots__ = (
        "items_attribute",
        "page_number_attribute",
        "page_param",
        "page_size_attribute",
        "total_attribute",
    )

    def __init__(
        self,
        page_param: str,
        items_attribute: str = "items",
        total_attribute: str = "total",
        page_number_attribute: str = "page_number",
        page_size_attribute: str = "page_size",
    ) -> None:
        self.page_param = page_param
        self.items_attribute = items_attribute
        self.total_attribute = total_attribute
        self.page_number_attribute = page_number_attribute
        self.page_size_attribute = page_size_attribute

    def _with_page(self, call: Call, number: int) -> Call:
        params = dict(call.send.get("params") or {})
        params[self.page_param] = number
        return replace(call, send={**call.send, "params": params})

    def start(self, call: Call) -> Call:
        return self._with_page(call, 0)

    def items(self, parsed: Any) -> Sequence[Any]:
        found = getattr(parsed, self.items_attribute, None)
        return found if isinstance(found, Sequence) else ()

    def next_call(
        self, call: Call, page: Page[Any], repeated: bool, base_url: httpx.URL
    ) -> Call | None:
        if not page.items:
            return None
        total = getattr(page.parsed, self.total_attribute, None)
        size = getattr(page.parsed, self.page_size_attribute, None)
        number = getattr(page.parsed, self.page_number_attribute, None)
        if not isinstance(number, int):
            number = int((call.send.get("params") or {}).get(self.page_param, 0))
        if not isinstance(size, int) or size < 1:
            size = len(page.items)
        if isinstance(total, int) and (number + 1) * size >= total:
            return None
        if repeated:
            raise PaginationError(
                f"The answer to {call.op.operation_id} for page {number + 1} repeats page "
                f"{number}, so asking on would never end. The API did not advance its paging; "
                "report it to its authors.",
                response=page.response,
                link=redact_url(call.url),
            )
        return self._with_page(call, number + 1)


class _PagerBase(Generic[ItemT]):
    def __init__(
        self,
        call: Call,
        parse: Callable[[httpx.Response], Any],
        paging: Paging,
        base_url: httpx.URL,
    ) -> None:
        self._call = call
        self._parse = parse
        self._paging = paging
        self._base_url = base_url

    def _page_parser(self, index: int) -> Callable[[httpx.Response], Page[ItemT]]:
        def parse_page(response: httpx.Response) -> Page[ItemT]:
            parsed = self._parse(response)
            return Page(self._paging.items(parsed), response, parsed, index)

        return parse_page

    def _advance(
        self, call: Call, page: Page[ItemT], previous: tuple[int, int] | None
    ) -> tuple[Call | None, tuple[int, int]]:
        """The call of the next page (None after the last) and the digest of ``page``."""
        digest = _digest(page)
        repeated = digest == previous and len(page.items) > 0
        return self._paging.next_call(call, page, repeated, self._base_url), digest

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._call.op.operation_id}>"


class SyncPager(_PagerBase[ItemT]):
    """Every record of a paginated list; iterating fetches the pages as they are needed."""

    def __init__(
        self,
        client: SyncAPIClient,
        call: Call,
        parse: Callable[[httpx.Response], Any],
        paging: Paging,
    ) -> None:
        super().__init__(call, parse, paging, client._base_url)
        self._client = client

    def pages(self) -> Iterator[Page[ItemT]]:
        """The pages, in order; each is fetched when the previous one has been consumed."""
        call: Call | None = self._paging.start(self._call)
        previous: tuple[int, int] | None = None
        index = 0
        while call is not None:
            page = self._client._send(call, self._page_parser(index))
            yield page
            call, previous = self._advance(call, page, previous)
            _release(page)
            del page  # before the next page arrives: one page in memory at a time
            index += 1

    def __iter__(self) -> Iterator[ItemT]:
        # Not `for page in self.pages()`: the loop variable would keep the consumed page alive
        # while the next one is fetched.
        pages = self.pages()
        while (page := next(pages, None)) is not None:
            items = page.items
            del page
            yield from items
            del items


class AsyncPager(_PagerBase[ItemT]):
    """Every record of a paginated list, for ``async for``; no ``await`` before iterating."""

    def __init__(
        self,
        client: AsyncAPIClient,
        call: Call,
        parse: Callable[[httpx.Response], Any],
        paging: Paging,
    ) -> None:
        super().__init__(call, parse, paging, client._base_url)
        self._client = client

    async def pages(self) -> AsyncIterator[Page[ItemT]]:
        """The pages, in order; each is fetched when the previous one has been consumed."""
        call: Call | None = self._paging.start(self._call)
        previous: tuple[int, int] | None = None
        index = 0
        while call is not None:
            page = await self._client._send(call, self._page_parser(index))
            yield page
            call, previous = self._advance(call, page, previous)
            _release(page)
            del page  # before the next page arrives: one page in memory at a time
            index += 1

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        pages = self.pages()
        while (page := await anext(pages, None)) is not None:
            items = page.items
            del page
            for item in items:
                yield item
            del items
