# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

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
from .mechanic_integration import MechanicIntegration
from .mechanic_integration_list import MechanicIntegrationList
from .token_request import TokenRequest
from .token_response import TokenResponse
from .token_response_status import TokenResponseStatus
from .token_response_user import TokenResponseUser
from .validation_error_body import ValidationErrorBody

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
    "MechanicIntegration",
    "MechanicIntegrationList",
    "TokenRequest",
    "TokenResponse",
    "TokenResponseStatus",
    "TokenResponseUser",
    "ValidationErrorBody",
)
