# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import redacting_repr
from ..types import UNSET, Unset
from ..types import format_datetime as _format_datetime
from ..types import parse_datetime as _parse_datetime

T = TypeVar("T", bound="Connector")


@_attrs_define
class Connector:
    """A SmartConnector product. Any other field the server sends is kept.

    Attributes:
        id (str | Unset): The connector's id. Real ids are 24 hexadecimal digits; the documented example uses
            the placeholder `123ab456c789de1011fg12h13i`.
        name (str | Unset): Product name.
        description (str | Unset): What the product does.
        image_url (str | Unset): Path of the product logo.
        website_url (str | Unset): Product web page.
        contact_email (str | Unset): Who to contact about the product.
        handle (str | Unset): Short unique handle of the product.
        published (bool | Unset): Whether the product is listed for users.
        managed (bool | Unset): Whether the publisher pushes managed updates to installs.
        integration_id (str | Unset): Id of the template integration the product installs.
        stack_id (str | Unset): Id of the stack that runs the connector's functions.
        installer_function (str | Unset): Function called when a user installs the product.
        update_function (str | Unset): Function called when an update is pushed.
        pre_uninstall_function (str | Unset): Function called before an uninstall starts.
        uninstaller_function (str | Unset): Function called to uninstall.
        external_installer_function (str | Unset): Function called when the install starts from an outside application.
        last_modified (datetime.datetime | Unset): When the connector last changed (UTC).
        shared_import_ids (list[str] | Unset): Ids of imports shared with installs.
        shared_export_ids (list[str] | Unset): Ids of exports shared with installs.
        i_client_id_map (list[IClientIdMapEntry] | Unset): Which iClients the connector uses, by connection type.
        applications (list[str] | Unset): Applications the connector links (e.g. `netsuite`, `shopify`).
        o_auth_server_flow (OAuthServerFlow | Unset): OAuth settings of the connector. Free-form beyond the listed
            fields.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    website_url: str | Unset = UNSET
    contact_email: str | Unset = UNSET
    handle: str | Unset = UNSET
    published: bool | Unset = UNSET
    managed: bool | Unset = UNSET
    integration_id: str | Unset = UNSET
    stack_id: str | Unset = UNSET
    installer_function: str | Unset = UNSET
    update_function: str | Unset = UNSET
    pre_uninstall_function: str | Unset = UNSET
    uninstaller_function: str | Unset = UNSET
    external_installer_function: str | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    shared_import_ids: list[str] | Unset = UNSET
    shared_export_ids: list[str] | Unset = UNSET
    i_client_id_map: list[IClientIdMapEntry] | Unset = UNSET
    applications: list[str] | Unset = UNSET
    o_auth_server_flow: OAuthServerFlow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        # Why: models end up in logs and tracebacks. Secret attributes (format: password or
        # x-sensitive in the spec) and secret-looking unknown keys print as ***; the values
        # stay readable as attributes.
        return redacting_repr(self, frozenset([]))

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        image_url = self.image_url

        website_url = self.website_url

        contact_email = self.contact_email

        handle = self.handle

        published = self.published

        managed = self.managed

        integration_id = self.integration_id

        stack_id = self.stack_id

        installer_function = self.installer_function

        update_function = self.update_function

        pre_uninstall_function = self.pre_uninstall_function

        uninstaller_function = self.uninstaller_function

        external_installer_function = self.external_installer_function

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = _format_datetime(self.last_modified)

        shared_import_ids: list[str] | Unset = UNSET
        if not isinstance(self.shared_import_ids, Unset):
            shared_import_ids = self.shared_import_ids

        shared_export_ids: list[str] | Unset = UNSET
        if not isinstance(self.shared_export_ids, Unset):
            shared_export_ids = self.shared_export_ids

        i_client_id_map: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.i_client_id_map, Unset):
            i_client_id_map = []
            for i_client_id_map_item_data in self.i_client_id_map:
                i_client_id_map_item = i_client_id_map_item_data.to_dict()
                i_client_id_map.append(i_client_id_map_item)

        applications: list[str] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = self.applications

        o_auth_server_flow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.o_auth_server_flow, Unset):
            o_auth_server_flow = self.o_auth_server_flow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["imageURL"] = image_url
        if website_url is not UNSET:
            field_dict["websiteURL"] = website_url
        if contact_email is not UNSET:
            field_dict["contactEmail"] = contact_email
        if handle is not UNSET:
            field_dict["handle"] = handle
        if published is not UNSET:
            field_dict["published"] = published
        if managed is not UNSET:
            field_dict["managed"] = managed
        if integration_id is not UNSET:
            field_dict["_integrationId"] = integration_id
        if stack_id is not UNSET:
            field_dict["_stackId"] = stack_id
        if installer_function is not UNSET:
            field_dict["installerFunction"] = installer_function
        if update_function is not UNSET:
            field_dict["updateFunction"] = update_function
        if pre_uninstall_function is not UNSET:
            field_dict["preUninstallFunction"] = pre_uninstall_function
        if uninstaller_function is not UNSET:
            field_dict["uninstallerFunction"] = uninstaller_function
        if external_installer_function is not UNSET:
            field_dict["externalInstallerFunction"] = external_installer_function
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if shared_import_ids is not UNSET:
            field_dict["_sharedImportIds"] = shared_import_ids
        if shared_export_ids is not UNSET:
            field_dict["_sharedExportIds"] = shared_export_ids
        if i_client_id_map is not UNSET:
            field_dict["_iClientIdMap"] = i_client_id_map
        if applications is not UNSET:
            field_dict["applications"] = applications
        if o_auth_server_flow is not UNSET:
            field_dict["oAuthServerFlow"] = o_auth_server_flow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        image_url = d.pop("imageURL", UNSET)

        website_url = d.pop("websiteURL", UNSET)

        contact_email = d.pop("contactEmail", UNSET)

        handle = d.pop("handle", UNSET)

        published = d.pop("published", UNSET)

        managed = d.pop("managed", UNSET)

        integration_id = d.pop("_integrationId", UNSET)

        stack_id = d.pop("_stackId", UNSET)

        installer_function = d.pop("installerFunction", UNSET)

        update_function = d.pop("updateFunction", UNSET)

        pre_uninstall_function = d.pop("preUninstallFunction", UNSET)

        uninstaller_function = d.pop("uninstallerFunction", UNSET)

        external_installer_function = d.pop("externalInstallerFunction", UNSET)

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = _parse_datetime(_last_modified)

        shared_import_ids = cast(list[str], d.pop("_sharedImportIds", UNSET))

        shared_export_ids = cast(list[str], d.pop("_sharedExportIds", UNSET))

        _i_client_id_map = d.pop("_iClientIdMap", UNSET)
        i_client_id_map: list[IClientIdMapEntry] | Unset = UNSET
        if _i_client_id_map is not UNSET:
            i_client_id_map = []
            for i_client_id_map_item_data in _i_client_id_map:
                i_client_id_map_item = IClientIdMapEntry.from_dict(i_client_id_map_item_data)

                i_client_id_map.append(i_client_id_map_item)

        applications = cast(list[str], d.pop("applications", UNSET))

        _o_auth_server_flow = d.pop("oAuthServerFlow", UNSET)
        o_auth_server_flow: OAuthServerFlow | Unset
        if isinstance(_o_auth_server_flow, Unset):
            o_auth_server_flow = UNSET
        else:
            o_auth_server_flow = OAuthServerFlow.from_dict(_o_auth_server_flow)

        connector = cls(
            id=id,
            name=name,
            description=description,
            image_url=image_url,
            website_url=website_url,
            contact_email=contact_email,
            handle=handle,
            published=published,
            managed=managed,
            integration_id=integration_id,
            stack_id=stack_id,
            installer_function=installer_function,
            update_function=update_function,
            pre_uninstall_function=pre_uninstall_function,
            uninstaller_function=uninstaller_function,
            external_installer_function=external_installer_function,
            last_modified=last_modified,
            shared_import_ids=shared_import_ids,
            shared_export_ids=shared_export_ids,
            i_client_id_map=i_client_id_map,
            applications=applications,
            o_auth_server_flow=o_auth_server_flow,
        )

        connector.additional_properties = d
        return connector

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
from ..models.i_client_id_map_entry import IClientIdMapEntry  # noqa: E402
from ..models.o_auth_server_flow import OAuthServerFlow  # noqa: E402
