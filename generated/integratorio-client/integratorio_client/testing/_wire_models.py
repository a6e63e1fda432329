# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Pydantic v2 models of the wire format, made by datamodel-code-generator from the same
overlaid spec as the client: a second, independent reading of it. The fake server validates
request bodies with them, so a disagreement between the two generators fails a test."""

from __future__ import annotations

from enum import Enum, StrEnum
from typing import Any

from pydantic import MISSING, AwareDatetime, BaseModel, ConfigDict, EmailStr, Field


class Mode(StrEnum):
    install = "install"
    settings = "settings"
    uninstall = "uninstall"


class InstallStep(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    name: str | MISSING = Field(MISSING, description="Title of the step.")
    description: str | MISSING = Field(MISSING, description="What the user does in this step.")
    imageURL: str | MISSING = Field(MISSING, description="Path of the logo shown with the step.")
    installURL: str | MISSING = Field(
        MISSING, description="Where the user installs something for this step (may be empty)."
    )
    completed: bool | MISSING = Field(MISSING, description="Whether the step is done.")
    installerFunction: str | MISSING = Field(
        MISSING, description="Name of the connector function that runs or verifies the step."
    )
    uninstallerFunction: str | MISSING = Field(
        MISSING, description="Name of the connector function that undoes the step on uninstall."
    )
    field_connectionId: str | MISSING = Field(
        MISSING,
        alias="_connectionId",
        description="Id of the connection this step sets up, where it sets one up.",
    )


class FieldId(Enum):
    boolean_False = False


class Connection(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    type: str | MISSING = Field(MISSING, description="Connection type.")


class IClientIdMapEntry(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    field_id: str | FieldId | MISSING = Field(
        MISSING,
        alias="_id",
        description="Id of the entry, a string. The documented example answers the boolean `false`\ninstead, so `false` is accepted as well.\n",
    )
    field_iClientIds: list[str] | MISSING = Field(
        MISSING, alias="_iClientIds", description="Ids of the iClients for this entry."
    )
    connection: Connection | MISSING = Field(
        MISSING, description="Which connections the entry applies to, e.g. a `type` of `netsuite`."
    )


class OAuthServerFlow(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    field_iClientId: str | MISSING = Field(
        MISSING, alias="_iClientId", description="Id of the iClient used for the OAuth flow."
    )


class InstallBaseEntry(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ConnectorUpdateRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    field_integrationIds: list[str] = Field(
        ..., alias="_integrationIds", description="Ids of the installed integrations to update."
    )


class AddonEdition(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    addOnEdition: str | MISSING = Field(
        MISSING, description="Edition of the add-on, e.g. `standard` or `enterprise`."
    )


class LicenseUser(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    email: EmailStr | MISSING = Field(MISSING, description="The user's e-mail address.")
    field_id: str | MISSING = Field(
        MISSING, alias="_id", description="The user's id (24 hexadecimal digits in real data)."
    )
    name: str | MISSING = Field(MISSING, description="The user's name.")


class Error(BaseModel):
    code: str = Field(
        ...,
        description="Machine-readable error code, e.g. `invalid_user` or `rate_limited`; branch on\nit, never on the message.\n",
    )
    message: str | MISSING = Field(
        MISSING, description="Human-readable explanation; it may change, and some entries omit it."
    )
    field: str | MISSING = Field(
        MISSING, description="Path of the field that caused the failure, e.g. `adaptorType`."
    )


class ErrorBody(BaseModel):
    errors: list[Error] = Field(
        ...,
        description="One entry per problem (a validation failure over three fields gives three).",
    )


class Integration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    field_id: str | MISSING = Field(
        MISSING,
        alias="_id",
        description="The integration's id. Real ids are 24 hexadecimal digits; some documented examples\nuse placeholders such as `123ab456c789de1011fg12h13i`.\n",
    )
    lastModified: AwareDatetime | MISSING = Field(
        MISSING, description="When the integration last changed (UTC)."
    )
    name: str | MISSING = Field(MISSING, description="Display name.")
    readme: str | MISSING = Field(MISSING, description="Free text describing the integration.")
    field_connectorId: str | MISSING = Field(
        MISSING,
        alias="_connectorId",
        description="SmartConnector installs only. Id of the connector this integration is an install of.",
    )
    install: list[InstallStep] | MISSING = Field(
        MISSING,
        description="SmartConnector installs only. The steps that install the connector in the user's\naccount, each with its progress.\n",
    )
    mode: Mode | MISSING = Field(
        MISSING,
        description="SmartConnector installs only, mostly managed by the integrator.io UI: `install` while\nthe user is still installing, `settings` once installed (the settings page is open to\nthe user), `uninstall` while it is being removed.\n",
    )
    settings: dict[str, Any] | MISSING = Field(
        MISSING,
        description="SmartConnector installs only. The install's settings; changes are passed on to the\nconnector's backend. Free-form.\n",
    )
    version: str | MISSING = Field(
        MISSING,
        description="SmartConnector installs only. The version installed in the user's account; bump it as\nthe last step of every managed update.\n",
    )
    updateInProgress: bool | MISSING = Field(
        MISSING,
        description="SmartConnector installs only. Set to `true` by the server when an update is pushed;\nthe connector must set it back to `false` when done. While `true` the user cannot\nchange settings or mappings.\n",
    )


class Connector(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    field_id: str | MISSING = Field(
        MISSING,
        alias="_id",
        description="The connector's id. Real ids are 24 hexadecimal digits; the documented example uses\nthe placeholder `123ab456c789de1011fg12h13i`.\n",
    )
    name: str | MISSING = Field(MISSING, description="Product name.")
    description: str | MISSING = Field(MISSING, description="What the product does.")
    imageURL: str | MISSING = Field(MISSING, description="Path of the product logo.")
    websiteURL: str | MISSING = Field(MISSING, description="Product web page.")
    contactEmail: EmailStr | MISSING = Field(
        MISSING, description="Who to contact about the product."
    )
    handle: str | MISSING = Field(
        MISSING, description="Short unique handle of the product, generated by the server."
    )
    published: bool | MISSING = Field(
        MISSING, description="Whether the product is listed for users."
    )
    managed: bool | MISSING = Field(
        MISSING, description="Whether the publisher pushes managed updates to installs."
    )
    field_integrationId: str | MISSING = Field(
        MISSING,
        alias="_integrationId",
        description="Id of the template integration the product installs.",
    )
    field_stackId: str | MISSING = Field(
        MISSING,
        alias="_stackId",
        description="Id of the stack that runs the connector's functions.",
    )
    installerFunction: str | MISSING = Field(
        MISSING, description="Function called when a user installs the product."
    )
    updateFunction: str | MISSING = Field(
        MISSING, description="Function called when an update is pushed."
    )
    preUninstallFunction: str | MISSING = Field(
        MISSING, description="Function called before an uninstall starts."
    )
    uninstallerFunction: str | MISSING = Field(MISSING, description="Function called to uninstall.")
    externalInstallerFunction: str | MISSING = Field(
        MISSING, description="Function called when the install starts from an outside application."
    )
    lastModified: AwareDatetime | MISSING = Field(
        MISSING, description="When the connector last changed (UTC)."
    )
    field_sharedImportIds: list[str] | MISSING = Field(
        MISSING, alias="_sharedImportIds", description="Ids of imports shared with installs."
    )
    field_sharedExportIds: list[str] | MISSING = Field(
        MISSING, alias="_sharedExportIds", description="Ids of exports shared with installs."
    )
    field_iClientIdMap: list[IClientIdMapEntry] | MISSING = Field(
        MISSING,
        alias="_iClientIdMap",
        description="Which iClients the connector uses, by connection type.",
    )
    applications: list[str] | MISSING = Field(
        MISSING, description="Applications the connector links (e.g. `netsuite`, `shopify`)."
    )
    oAuthServerFlow: OAuthServerFlow | MISSING = MISSING
    numInstalls: int | MISSING = Field(
        MISSING, description="How many installs of the connector are active."
    )
    trialEnabled: bool | MISSING = Field(
        MISSING, description="Whether users can start a free trial of the connector."
    )


class ConnectorCreate(Connector):
    model_config = ConfigDict(
        extra="allow",
    )
    name: str = Field(..., description="Product name (required).")


class AddonLicense(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    licenses: list[AddonEdition] | MISSING = Field(
        MISSING, description="The editions granted for this add-on."
    )
    type: str | MISSING = Field(MISSING, description="Kind of add-on, e.g. `store`.")


class LicenseOptions(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    addonLicenses: list[AddonLicense] | MISSING = Field(
        MISSING, description="Add-ons included with the license."
    )
    connectorEdition: str | MISSING = Field(
        MISSING, description="Edition of the connector, e.g. `standard` or `enterprise`."
    )


class LicenseCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    email: EmailStr = Field(..., description="E-mail address of an existing integrator.io user.")
    expires: AwareDatetime | MISSING = Field(
        MISSING, description="When the license runs out (UTC)."
    )
    opts: LicenseOptions | MISSING = MISSING


class LicenseUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    expires: AwareDatetime | MISSING = Field(
        MISSING, description="When the license runs out (UTC)."
    )
    opts: LicenseOptions | MISSING = MISSING


class License(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    field_id: str | MISSING = Field(
        MISSING,
        alias="_id",
        description="The license's id. Real ids are 24 hexadecimal digits; the documented examples use the\nplaceholder `123ab456c789de1011fg12h13i`.\n",
    )
    expires: AwareDatetime | MISSING = Field(
        MISSING, description="When the license runs out (UTC)."
    )
    created: AwareDatetime | MISSING = Field(
        MISSING, description="When the license was issued (UTC)."
    )
    opts: LicenseOptions | MISSING = MISSING
    user: LicenseUser | MISSING = MISSING
    field_integrationId: str | MISSING = Field(
        MISSING,
        alias="_integrationId",
        description="Id of the install made with this license; absent until the user installs.",
    )
