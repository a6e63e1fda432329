# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within
from ..models.token_response_status import TokenResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """Result of a sign-in.

    Attributes:
        status (TokenResponseStatus): `ok` when the sign-in worked, `failed` when it did not.
        token (str | Unset): The short-lived token for the `Authorization` header.
        refresh_token (str | Unset): A token for getting a new token once this one runs out.
        user (TokenUser | Unset): The signed-in workshop. Keys beyond the documented ones are kept.
    """

    status: TokenResponseStatus
    token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    user: TokenUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset(["refresh_token", "token"]))

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        token = self.token

        refresh_token = self.refresh_token

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        _wire_status = d.pop("status")
        try:
            status = TokenResponseStatus(_wire_status)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".status", _wire_status, "one of the values the API description lists"
            ) from None

        token = d.pop("token", UNSET)

        refresh_token = d.pop("refreshToken", UNSET)

        _wire_user = d.pop("user", UNSET)
        try:
            _user = _wire_user
            user: TokenUser | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = TokenUser.from_dict(_user)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".user", _wire_user, "an object") from None

        token_response = cls(
            status=status,
            token=token,
            refresh_token=refresh_token,
            user=user,
        )

        token_response.additional_properties = d
        return token_response

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
from ..models.token_user import TokenUser  # noqa: E402
