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
from ..types import UNSET, Unset

T = TypeVar("T", bound="TwilioSmsConfiguration")


@_attrs_define
class TwilioSmsConfiguration:
    """Twilio settings as answered. Create answers camelCase keys; the documented GET answers
    PascalCase keys (`AuthToken`, `NumberSid`, `PhoneNumber`, `Capabilities` with `Mms`,
    `Sms`, `Voice`) and misspells the account SID as `AcccountSid`. Those come through as
    additional properties.

        Attributes:
            account_sid (str | Unset): Twilio account SID (starts with `AC`).
            auth_token (str | Unset): Twilio auth token.
            number_sid (str | Unset): SID of the Twilio phone number (starts with `PN`).
            phone_number (str | Unset): The phone number in E.164 form (examples are truncated).
            capabilities (TwilioSmsCapabilities | Unset): What the Twilio number can do.
    """

    account_sid: str | Unset = UNSET
    auth_token: str | Unset = UNSET
    number_sid: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    capabilities: TwilioSmsCapabilities | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset(["auth_token"]))

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        auth_token = self.auth_token

        number_sid = self.number_sid

        phone_number = self.phone_number

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["accountSid"] = account_sid
        if auth_token is not UNSET:
            field_dict["authToken"] = auth_token
        if number_sid is not UNSET:
            field_dict["numberSid"] = number_sid
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        account_sid = d.pop("accountSid", UNSET)

        auth_token = d.pop("authToken", UNSET)

        number_sid = d.pop("numberSid", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        _wire_capabilities = d.pop("capabilities", UNSET)
        try:
            _capabilities = _wire_capabilities
            capabilities: TwilioSmsCapabilities | Unset
            if isinstance(_capabilities, Unset):
                capabilities = UNSET
            else:
                capabilities = TwilioSmsCapabilities.from_dict(_capabilities)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".capabilities", _wire_capabilities, "an object"
            ) from None

        twilio_sms_configuration = cls(
            account_sid=account_sid,
            auth_token=auth_token,
            number_sid=number_sid,
            phone_number=phone_number,
            capabilities=capabilities,
        )

        twilio_sms_configuration.additional_properties = d
        return twilio_sms_configuration

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
from ..models.twilio_sms_capabilities import TwilioSmsCapabilities  # noqa: E402
