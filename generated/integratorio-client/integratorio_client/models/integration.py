# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from .._runtime._models import SHAPE_ERRORS as _SHAPE_ERRORS
from .._runtime._models import shape_error_within as _shape_error_within
from ..models.integration_mode import IntegrationMode
from ..types import UNSET, Unset
from ..types import format_datetime as _format_datetime
from ..types import parse_datetime as _parse_datetime

T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration:
    """An integration. Do-it-yourself integrations carry a few general fields; SmartConnector
    installs add `_connectorId`, `install`, `mode`, `settings`, `version` and
    `updateInProgress`. Any other field the server sends is kept.

        Attributes:
            id (str | Unset): The integration's id. Real ids are 24 hexadecimal digits; some documented examples
                use placeholders such as `123ab456c789de1011fg12h13i`.
            last_modified (datetime.datetime | Unset): When the integration last changed (UTC).
            name (str | Unset): Display name.
            readme (str | Unset): Free text describing the integration.
            connector_id (str | Unset): SmartConnector installs only. Id of the connector this integration is an install of.
            install (list[InstallStep] | Unset): SmartConnector installs only. The steps that install the connector in the
                user's
                account, each with its progress.
            mode (IntegrationMode | Unset): SmartConnector installs only, mostly managed by the integrator.io UI: `install`
                while
                the user is still installing, `settings` once installed (the settings page is open to
                the user), `uninstall` while it is being removed.
            settings (IntegrationSettings | Unset): SmartConnector installs only. The install's settings; changes are passed
                on to the
                connector's backend. Free-form.
            version (str | Unset): SmartConnector installs only. The version installed in the user's account; bump it as
                the last step of every managed update.
            update_in_progress (bool | Unset): SmartConnector installs only. Set to `true` by the server when an update is
                pushed;
                the connector must set it back to `false` when done. While `true` the user cannot
                change settings or mappings.
    """

    id: str | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    readme: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    install: list[InstallStep] | Unset = UNSET
    mode: IntegrationMode | Unset = UNSET
    settings: IntegrationSettings | Unset = UNSET
    version: str | Unset = UNSET
    update_in_progress: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = _format_datetime(self.last_modified)

        name = self.name

        readme = self.readme

        connector_id = self.connector_id

        install: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.install, Unset):
            install = []
            for install_item_data in self.install:
                install_item = install_item_data.to_dict()
                install.append(install_item)

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        version = self.version

        update_in_progress = self.update_in_progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if name is not UNSET:
            field_dict["name"] = name
        if readme is not UNSET:
            field_dict["readme"] = readme
        if connector_id is not UNSET:
            field_dict["_connectorId"] = connector_id
        if install is not UNSET:
            field_dict["install"] = install
        if mode is not UNSET:
            field_dict["mode"] = mode
        if settings is not UNSET:
            field_dict["settings"] = settings
        if version is not UNSET:
            field_dict["version"] = version
        if update_in_progress is not UNSET:
            field_dict["updateInProgress"] = update_in_progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        _wire_last_modified = d.pop("lastModified", UNSET)
        try:
            _last_modified = _wire_last_modified
            last_modified: datetime.datetime | Unset
            if isinstance(_last_modified, Unset):
                last_modified = UNSET
            else:
                last_modified = _parse_datetime(_last_modified)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".lastModified", _wire_last_modified, "a date-time"
            ) from None

        name = d.pop("name", UNSET)

        readme = d.pop("readme", UNSET)

        connector_id = d.pop("_connectorId", UNSET)

        _wire_install = d.pop("install", UNSET)
        try:
            _install = _wire_install
            install: list[InstallStep] | Unset = UNSET
            if _install is not UNSET:
                if not isinstance(_install, list):
                    raise ResponseShapeError("an array", "$", _install)
                install = []
                for install_item_data in _install:
                    try:
                        install_item = InstallStep.from_dict(install_item_data)

                    except _SHAPE_ERRORS as _error:
                        # The index of the item is the length of the list built so far.
                        raise _shape_error_within(
                            _error, f"[{len(install)}]", install_item_data, "an object"
                        ) from None
                    install.append(install_item)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".install", _wire_install, "an array") from None

        _wire_mode = d.pop("mode", UNSET)
        try:
            _mode = _wire_mode
            mode: IntegrationMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = IntegrationMode(_mode)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(
                _error, ".mode", _wire_mode, "one of the values the API description lists"
            ) from None

        _wire_settings = d.pop("settings", UNSET)
        try:
            _settings = _wire_settings
            settings: IntegrationSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = IntegrationSettings.from_dict(_settings)

        except _SHAPE_ERRORS as _error:
            raise _shape_error_within(_error, ".settings", _wire_settings, "an object") from None

        version = d.pop("version", UNSET)

        update_in_progress = d.pop("updateInProgress", UNSET)

        integration = cls(
            id=id,
            last_modified=last_modified,
            name=name,
            readme=readme,
            connector_id=connector_id,
            install=install,
            mode=mode,
            settings=settings,
            version=version,
            update_in_progress=update_in_progress,
        )

        integration.additional_properties = d
        return integration

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
from ..models.install_step import InstallStep  # noqa: E402
from ..models.integration_settings import IntegrationSettings  # noqa: E402
