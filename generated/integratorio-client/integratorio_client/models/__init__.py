# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .addon_edition import AddonEdition
from .addon_license import AddonLicense
from .connector import Connector
from .connector_update_request import ConnectorUpdateRequest
from .error_body import ErrorBody
from .error_body_errors_item import ErrorBodyErrorsItem
from .i_client_id_map_entry import IClientIdMapEntry
from .i_client_id_map_entry_connection import IClientIdMapEntryConnection
from .install_base_entry import InstallBaseEntry
from .install_step import InstallStep
from .integration import Integration
from .integration_mode import IntegrationMode
from .integration_settings import IntegrationSettings
from .license_ import License
from .license_create import LicenseCreate
from .license_options import LicenseOptions
from .license_update import LicenseUpdate
from .license_user import LicenseUser
from .o_auth_server_flow import OAuthServerFlow

__all__ = (
    "AddonEdition",
    "AddonLicense",
    "Connector",
    "ConnectorUpdateRequest",
    "ErrorBody",
    "ErrorBodyErrorsItem",
    "IClientIdMapEntry",
    "IClientIdMapEntryConnection",
    "InstallBaseEntry",
    "InstallStep",
    "Integration",
    "IntegrationMode",
    "IntegrationSettings",
    "License",
    "LicenseCreate",
    "LicenseOptions",
    "LicenseUpdate",
    "LicenseUser",
    "OAuthServerFlow",
)
