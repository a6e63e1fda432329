# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""Pydantic v2 models of the wire format, made by datamodel-code-generator from the same
overlaid spec as the client: a second, independent reading of it. The fake server validates
request bodies with them, so a disagreement between the two generators fails a test."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import MISSING, BaseModel, ConfigDict, EmailStr, Field, RootModel, SecretStr


class AuthenticationType(StrEnum):
    simple = "simple"
    oauth2 = "oauth2"


class IntegrationFeatures(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    supportsCustomerLookup: bool | MISSING = Field(
        MISSING, description="The integration can look customers up in the garage system."
    )
    supportsOpenJob: bool | MISSING = Field(
        MISSING, description="The integration can open a job in the garage system."
    )


class IntegrationConfiguration(BaseModel):
    credentials: dict[str, SecretStr] = Field(
        ...,
        description="The stored sign-in values, keyed by field name. May hold keys beyond the integration's\n`authenticationFields`. The values are secrets.\n",
    )
    id: int = Field(..., description="Identifier of this stored configuration.")
    options: dict[str, Any] = Field(
        ...,
        description="The stored option values, keyed by field name. May hold keys beyond the integration's\n`optionFields`.\n",
    )


class IntegrationUpdate(RootModel[dict[str, str | float | bool | None]]):
    root: dict[str, str | float | bool | None]


class FieldErrors(RootModel[dict[str, list[str]]]):
    root: dict[str, list[str]]


class ValidationErrorBody(BaseModel):
    success: bool = Field(..., description="Always `false` in this body.")
    errors: FieldErrors


class DeactivationResult(BaseModel):
    success: bool = Field(..., description="Whether the integration was switched off.")


class TokenRequest(BaseModel):
    email: EmailStr = Field(..., description="The workshop's e-mail address.")
    password: SecretStr = Field(..., description="The workshop's password.")


class Status(StrEnum):
    ok = "ok"
    failed = "failed"


class TokenResponse(BaseModel):
    status: Status = Field(
        ..., description="`ok` when the sign-in worked, `failed` when it did not."
    )
    token: SecretStr | MISSING = Field(
        MISSING, description="The short-lived token for the `Authorization` header."
    )
    refreshToken: SecretStr | MISSING = Field(
        MISSING, description="A token for getting a new token once this one runs out."
    )
    user: dict[str, Any] | MISSING = Field(
        MISSING, description="The signed-in user. Its fields are not documented and all are kept."
    )


class IntegrationDetails(BaseModel):
    authenticationFields: list[str] = Field(
        ...,
        description="Names of the fields the workshop fills in to authenticate with the system.",
    )
    authenticationType: AuthenticationType = Field(
        ...,
        description="How the integration authenticates: `simple` means username, password or token fields;\n`oauth2` means an OAuth 2 flow.\n",
    )
    countries: list[str] | MISSING = Field(
        MISSING,
        description="Country codes (lower-case, two letters in the examples) of the countries where the\nintegration is offered. Missing from the PATCH response.\n",
    )
    features: IntegrationFeatures
    name: str = Field(
        ...,
        description="The integration's unique identifier, e.g. `MechanicIntegrations::TWMIntegration`.",
    )
    optionFields: list[str] = Field(
        ..., description="Names of the fields that set the integration's options."
    )


class IntegrationUpdateResult(BaseModel):
    success: bool = Field(..., description="Whether the integration was switched on or changed.")
    configuration: IntegrationConfiguration | MISSING = MISSING
    integrationDetails: IntegrationDetails | MISSING = MISSING
    errors: FieldErrors | None | MISSING = Field(
        MISSING, description="Why the change was refused. May be blank."
    )


class MechanicIntegration(BaseModel):
    integrationDetails: IntegrationDetails
    configuration: IntegrationConfiguration | None | MISSING = Field(
        MISSING,
        description="What the workshop has stored for this integration. Left out (or empty) when the\nintegration is not active for the workshop.\n",
    )


class MechanicIntegrationList(BaseModel):
    mechanicIntegrations: list[MechanicIntegration] = Field(
        ..., description="One entry per integration the workshop may use."
    )
