# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""Every model and enum of the API, each imported on first use.

Why lazy: importing all of them at ``import`` time costs about half a millisecond per model,
and a program that uses three of them should not pay for the rest (import time is a
``make bench`` figure). ``from <package>.models import Model`` and ``models.Model`` work as
usual; type checkers read the imports under ``TYPE_CHECKING`` and never see ``__getattr__``, so
a misspelt name stays an error.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .deactivation_result import DeactivationResult
    from .field_errors import FieldErrors
    from .integration_configuration import IntegrationConfiguration
    from .integration_configuration_credentials import IntegrationConfigurationCredentials
    from .integration_configuration_options import IntegrationConfigurationOptions
    from .integration_details import IntegrationDetails
    from .integration_details_authentication_type import IntegrationDetailsAuthenticationType
    from .integration_features import IntegrationFeatures
    from .integration_update import IntegrationUpdate
    from .integration_update_result import IntegrationUpdateResult
    from .integration_url import IntegrationUrl
    from .mechanic_integration import MechanicIntegration
    from .mechanic_integration_data import MechanicIntegrationData
    from .mechanic_integration_list import MechanicIntegrationList
    from .offer import Offer
    from .offer_line_item import OfferLineItem
    from .offer_line_item_partner_data import OfferLineItemPartnerData
    from .offer_price_details import OfferPriceDetails
    from .offer_request import OfferRequest
    from .offer_result import OfferResult
    from .offer_totals import OfferTotals
    from .token_request import TokenRequest
    from .token_response import TokenResponse
    from .token_response_status import TokenResponseStatus
    from .token_user import TokenUser
    from .validation_error_body import ValidationErrorBody

# Model name -> the module that defines it.
_MODULES: dict[str, str] = {
    "DeactivationResult": ".deactivation_result",
    "FieldErrors": ".field_errors",
    "IntegrationConfiguration": ".integration_configuration",
    "IntegrationConfigurationCredentials": ".integration_configuration_credentials",
    "IntegrationConfigurationOptions": ".integration_configuration_options",
    "IntegrationDetails": ".integration_details",
    "IntegrationDetailsAuthenticationType": ".integration_details_authentication_type",
    "IntegrationFeatures": ".integration_features",
    "IntegrationUpdate": ".integration_update",
    "IntegrationUpdateResult": ".integration_update_result",
    "IntegrationUrl": ".integration_url",
    "MechanicIntegration": ".mechanic_integration",
    "MechanicIntegrationData": ".mechanic_integration_data",
    "MechanicIntegrationList": ".mechanic_integration_list",
    "Offer": ".offer",
    "OfferLineItem": ".offer_line_item",
    "OfferLineItemPartnerData": ".offer_line_item_partner_data",
    "OfferPriceDetails": ".offer_price_details",
    "OfferRequest": ".offer_request",
    "OfferResult": ".offer_result",
    "OfferTotals": ".offer_totals",
    "TokenRequest": ".token_request",
    "TokenResponse": ".token_response",
    "TokenResponseStatus": ".token_response_status",
    "TokenUser": ".token_user",
    "ValidationErrorBody": ".validation_error_body",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # later lookups find it without calling __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = (
    "DeactivationResult",
    "FieldErrors",
    "IntegrationConfiguration",
    "IntegrationConfigurationCredentials",
    "IntegrationConfigurationOptions",
    "IntegrationDetails",
    "IntegrationDetailsAuthenticationType",
    "IntegrationFeatures",
    "IntegrationUpdate",
    "IntegrationUpdateResult",
    "IntegrationUrl",
    "MechanicIntegration",
    "MechanicIntegrationData",
    "MechanicIntegrationList",
    "Offer",
    "OfferLineItem",
    "OfferLineItemPartnerData",
    "OfferPriceDetails",
    "OfferRequest",
    "OfferResult",
    "OfferTotals",
    "TokenRequest",
    "TokenResponse",
    "TokenResponseStatus",
    "TokenUser",
    "ValidationErrorBody",
)
