# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ResponseShapeError, redacting_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallStep")


@_attrs_define
class InstallStep:
    """One step of installing a SmartConnector, and whether it is done.

    Attributes:
        name (str | Unset): Title of the step.
        description (str | Unset): What the user does in this step.
        image_url (str | Unset): Path of the logo shown with the step.
        install_url (str | Unset): Where the user installs something for this step (may be empty).
        completed (bool | Unset): Whether the step is done.
        installer_function (str | Unset): Name of the connector function that runs or verifies the step.
        uninstaller_function (str | Unset): Name of the connector function that undoes the step on uninstall.
        connection_id (str | Unset): Id of the connection this step sets up, where it sets one up.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    install_url: str | Unset = UNSET
    completed: bool | Unset = UNSET
    installer_function: str | Unset = UNSET
    uninstaller_function: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        image_url = self.image_url

        install_url = self.install_url

        completed = self.completed

        installer_function = self.installer_function

        uninstaller_function = self.uninstaller_function

        connection_id = self.connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["imageURL"] = image_url
        if install_url is not UNSET:
            field_dict["installURL"] = install_url
        if completed is not UNSET:
            field_dict["completed"] = completed
        if installer_function is not UNSET:
            field_dict["installerFunction"] = installer_function
        if uninstaller_function is not UNSET:
            field_dict["uninstallerFunction"] = uninstaller_function
        if connection_id is not UNSET:
            field_dict["_connectionId"] = connection_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Never dict() of an array or a string: that would make up a model (from an array of
        # pairs) or an empty one (from []) for a later update to send back over the resource.
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseShapeError("an object", "$", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        image_url = d.pop("imageURL", UNSET)

        install_url = d.pop("installURL", UNSET)

        completed = d.pop("completed", UNSET)

        installer_function = d.pop("installerFunction", UNSET)

        uninstaller_function = d.pop("uninstallerFunction", UNSET)

        connection_id = d.pop("_connectionId", UNSET)

        install_step = cls(
            name=name,
            description=description,
            image_url=image_url,
            install_url=install_url,
            completed=completed,
            installer_function=installer_function,
            uninstaller_function=uninstaller_function,
            connection_id=connection_id,
        )

        install_step.additional_properties = d
        return install_step

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
