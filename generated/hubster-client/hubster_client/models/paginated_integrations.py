# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within

T = TypeVar("T", bound="PaginatedIntegrations")


@_attrs_define
class PaginatedIntegrations:
    """One page of integrations. Ask for the next page (pageNumber + 1) until
    `(pageNumber + 1) * pageSize >= total`.

        Attributes:
            page_number (int): The page answered, counted from 0.
            page_size (int): The page size asked for (not the number of results on this page).
            total (int): How many integrations all pages hold together.
            results (list[DirectIntegration | MessengerIntegration | SlackIntegration | SystemIntegration |
                TwilioSmsIntegration | WebChatIntegration]): The integrations of this page.
    """

    page_number: int
    page_size: int
    total: int
    results: list[
        DirectIntegration
        | MessengerIntegration
        | SlackIntegration
        | SystemIntegration
        | TwilioSmsIntegration
        | WebChatIntegration
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_size = self.page_size

        total = self.total

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            if isinstance(results_item_data, TwilioSmsIntegration):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, MessengerIntegration):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, WebChatIntegration):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, DirectIntegration):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, SystemIntegration):
                results_item = results_item_data.to_dict()
            else:
                results_item = results_item_data.to_dict()

            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pageNumber": page_number,
                "pageSize": page_size,
                "total": total,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        page_number = d.pop("pageNumber")

        page_size = d.pop("pageSize")

        total = d.pop("total")

        _wire_results = d.pop("results")
        try:
            _results = _wire_results
            if not isinstance(_results, list):
                raise ResponseShapeError("an array", "$", _results)
            results: list[
                DirectIntegration
                | MessengerIntegration
                | SlackIntegration
                | SystemIntegration
                | TwilioSmsIntegration
                | WebChatIntegration
            ] = []
            for results_item_data in _results:
                try:

                    def _parse_results_item(
                        data: object,
                    ) -> (
                        DirectIntegration
                        | MessengerIntegration
                        | SlackIntegration
                        | SystemIntegration
                        | TwilioSmsIntegration
                        | WebChatIntegration
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_integration_type_0 = TwilioSmsIntegration.from_dict(
                                data
                            )

                            return componentsschemas_integration_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_integration_type_1 = MessengerIntegration.from_dict(
                                data
                            )

                            return componentsschemas_integration_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_integration_type_2 = WebChatIntegration.from_dict(
                                data
                            )

                            return componentsschemas_integration_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_integration_type_3 = DirectIntegration.from_dict(data)

                            return componentsschemas_integration_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_integration_type_4 = SystemIntegration.from_dict(data)

                            return componentsschemas_integration_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_integration_type_5 = SlackIntegration.from_dict(data)

                        return componentsschemas_integration_type_5

                    results_item = _parse_results_item(results_item_data)

                except _SHAPE_ERRORS as _error:
                    # The index of the item is the length of the list built so far.
                    raise _shape_error_within(
                        _error,
                        f"[{len(results)}]",
                        results_item_data,
                        "a value of the type the API description gives",
                    ) from None
                results.append(results_item)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".results", _wire_results, "an array") from None

        paginated_integrations = cls(
            page_number=page_number,
            page_size=page_size,
            total=total,
            results=results,
        )

        paginated_integrations.additional_properties = d
        return paginated_integrations

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
from ..models.direct_integration import DirectIntegration  # noqa: E402
from ..models.messenger_integration import MessengerIntegration  # noqa: E402
from ..models.slack_integration import SlackIntegration  # noqa: E402
from ..models.system_integration import SystemIntegration  # noqa: E402
from ..models.twilio_sms_integration import TwilioSmsIntegration  # noqa: E402
from ..models.web_chat_integration import WebChatIntegration  # noqa: E402
