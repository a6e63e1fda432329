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


class TokenUser(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    name: str | MISSING = Field(MISSING, description="The workshop's name.")
    countryId: int | MISSING = Field(
        MISSING, description="The id of the country the workshop belongs to."
    )
    locale: str | MISSING = Field(
        MISSING, description="The locale configured for the workshop, such as `da`."
    )
    vatFactor: float | MISSING = Field(
        MISSING, description="The VAT factor configured for the workshop (`0.25` is 25 %)."
    )
    requireAutomaticPayment: bool | MISSING = Field(
        MISSING, description="Whether the workshop must have automatic payment configured."
    )


class IntegrationUrl(BaseModel):
    url: str = Field(
        ...,
        description="The URL, exactly as the integration makes it. It may use a scheme of its own\n(`autofrontal:`) and hold characters such as `|` unencoded; pass it on unchanged.\n",
    )


class OfferRequest(BaseModel):
    jobId: int = Field(..., description="The id of the job to build an offer for.")
    remoteId: str = Field(
        ..., description="The id of the quotation (the remote offer) in the integration's system."
    )


class MechanicIntegrationData(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class OfferTotals(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    priceOfCourtesyCar: float | MISSING = MISSING
    priceOfParts: float | MISSING = MISSING
    priceOfWork: float | MISSING = MISSING
    priceOfWorkPerHour: float | MISSING = MISSING
    serviceFee: float | MISSING = MISSING


class OfferLineItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    articleNumber: str | MISSING = Field(
        MISSING, description="The article number in the garage system."
    )
    category: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    createdAt: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    customerPrice: float | MISSING = MISSING
    description: str | MISSING = Field(MISSING, description="The line's text.")
    discountPercent: float | MISSING = MISSING
    discountedCustomerPrice: float | MISSING = MISSING
    discountedCustomerPriceWithVat: float | MISSING = MISSING
    grossPrice: float | MISSING = MISSING
    id: Any | MISSING = Field(MISSING, description="Not documented; `null` in the docs' example.")
    manufacturer: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    mechanicIntegrationData: MechanicIntegrationData | MISSING = MISSING
    netPrice: float | MISSING = MISSING
    partnerData: dict[str, Any] | MISSING = Field(
        MISSING, description="Not documented; an empty object in the docs' example."
    )
    quantity: float | MISSING = MISSING
    subtotal: float | MISSING = MISSING
    subtotalWithVat: float | MISSING = MISSING
    type: str | MISSING = Field(
        MISSING, description="Not documented; an empty string in the docs' example."
    )
    unit: str | MISSING = Field(
        MISSING, description="The unit of `quantity`, such as `pcs` or `hours`."
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
    user: TokenUser | MISSING = MISSING


class OfferPriceDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    lineItems: list[OfferLineItem] | MISSING = Field(MISSING, description="The offer's lines.")
    pricing: str | MISSING = Field(
        MISSING, description="How the offer is priced; `LINE_ITEMS` in the docs' example."
    )
    subtotal: float | MISSING = Field(MISSING, description="Total before VAT.")
    totalNumberOfHours: float | MISSING = Field(MISSING, description="Hours of work in the offer.")
    totalPrice: float | MISSING = Field(MISSING, description="Total including VAT.")
    totalsExcludingVat: OfferTotals | MISSING = MISSING
    totalsIncludingVat: OfferTotals | MISSING = MISSING
    vat: float | MISSING = Field(MISSING, description="The VAT amount.")
    vatFactor: float | MISSING = Field(
        MISSING, description="The VAT factor applied (`0.25` is 25 %)."
    )


class MechanicIntegration(BaseModel):
    integrationDetails: IntegrationDetails
    configuration: IntegrationConfiguration | None | MISSING = Field(
        MISSING,
        description="What the workshop has stored for this integration. Left out (or empty) when the\nintegration is not active for the workshop.\n",
    )


class Offer(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    acceptanceText: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    acceptedToCompleteAt: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    availableOn: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    body: Any | MISSING = Field(MISSING, description="Not documented; `null` in the docs' example.")
    cancelComment: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    cancelledAt: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    carPickupAt: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    completionNote: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    completionTimeOfDay: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    courtesyCar: bool | MISSING = Field(
        MISSING, description="Whether the workshop lends a courtesy car."
    )
    createdAt: Any | MISSING = Field(
        MISSING,
        description="Not documented; `null` in the docs' example (the offer is not saved yet).",
    )
    declinedAt: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    draft: bool | MISSING = Field(MISSING, description="Whether the offer is a draft.")
    expirationDate: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    guaranteeOnParts: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    guaranteeOnWork: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    id: Any | MISSING = Field(
        MISSING,
        description="Not documented; `null` in the docs' example (the offer is not saved yet).",
    )
    jobWillBeCompletedOn: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    lost: bool | MISSING = Field(MISSING, description="Whether the offer is lost.")
    marketPrice: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    mechanicIntegrationData: MechanicIntegrationData | MISSING = MISSING
    pickupTimeOfDay: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    priceDetails: OfferPriceDetails | MISSING = MISSING
    qualityOfParts: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    rejectedExplanation: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )
    rejectedReason: Any | MISSING = Field(
        MISSING, description="Not documented; `null` in the docs' example."
    )


class MechanicIntegrationList(BaseModel):
    mechanicIntegrations: list[MechanicIntegration] = Field(
        ..., description="One entry per integration the workshop may use."
    )


class OfferResult(BaseModel):
    offer: Offer
    success: bool = Field(..., description="Whether the offer was built.")
