# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebChatUpdateConfiguration")


@_attrs_define
class WebChatUpdateConfiguration:
    """New web chat settings. They replace the stored ones, so send `allowedOrigins` too.

    Attributes:
        allowed_origins (list[str] | Unset): Domains allowed to host the web chat widget.
        start (list[Message] | Unset): Messages shown when a conversation starts.
    """

    allowed_origins: list[str] | Unset = UNSET
    start: list[Message] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        allowed_origins: list[str] | Unset = UNSET
        if not isinstance(self.allowed_origins, Unset):
            allowed_origins = self.allowed_origins

        start: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = []
            for start_item_data in self.start:
                start_item = start_item_data.to_dict()
                start.append(start_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_origins is not UNSET:
            field_dict["allowedOrigins"] = allowed_origins
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        _wire_allowed_origins = d.pop("allowedOrigins", UNSET)
        try:
            _allowed_origins = _wire_allowed_origins
            if (
                not isinstance(_allowed_origins, list)
                and _allowed_origins is not None
                and _allowed_origins is not UNSET
            ):
                raise ResponseShapeError("an array", "$", _allowed_origins)
            allowed_origins = cast(list[str], _allowed_origins)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".allowedOrigins", _wire_allowed_origins, "an array"
            ) from None

        _wire_start = d.pop("start", UNSET)
        try:
            _start = _wire_start
            start: list[Message] | Unset = UNSET
            if _start is not UNSET:
                if not isinstance(_start, list):
                    raise ResponseShapeError("an array", "$", _start)
                start = []
                for start_item_data in _start:
                    try:
                        start_item = Message.from_dict(start_item_data)

                    except _SHAPE_ERRORS as _error:
                        # The index of the item is the length of the list built so far.
                        raise _shape_error_within(
                            _error, f"[{len(start)}]", start_item_data, "an object"
                        ) from None
                    start.append(start_item)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".start", _wire_start, "an array") from None

        web_chat_update_configuration = cls(
            allowed_origins=allowed_origins,
            start=start,
        )

        web_chat_update_configuration.additional_properties = d
        return web_chat_update_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class rather than at the top (models may
# refer to each other; by now this module's class exists for theirs to import) and rather than
# inside from_dict/to_dict as the stock template does, which costs about a microsecond per
# import per call (make bench parses 10,000 items).
from ..models.message import Message  # noqa: E402
