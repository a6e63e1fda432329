# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Every model and enum of the API, each imported on first use.

Why lazy: importing all of them at ``import`` time costs about half a millisecond per model,
and a program that uses three of them should not pay for the rest (import time is a
``make bench`` figure). ``from <package>.models import Model`` and ``models.Model`` work as
usual; type checkers read the imports under ``TYPE_CHECKING`` and never see ``__getattr__``, so
a misspelt name stays an error.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .addon_edition import AddonEdition
    from .addon_license import AddonLicense
    from .connector import Connector
    from .connector_create import ConnectorCreate
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

# Model name -> the module that defines it.
_MODULES: dict[str, str] = {
    "AddonEdition": ".addon_edition",
    "AddonLicense": ".addon_license",
    "Connector": ".connector",
    "ConnectorCreate": ".connector_create",
    "ConnectorUpdateRequest": ".connector_update_request",
    "ErrorBody": ".error_body",
    "ErrorBodyErrorsItem": ".error_body_errors_item",
    "IClientIdMapEntry": ".i_client_id_map_entry",
    "IClientIdMapEntryConnection": ".i_client_id_map_entry_connection",
    "InstallBaseEntry": ".install_base_entry",
    "InstallStep": ".install_step",
    "Integration": ".integration",
    "IntegrationMode": ".integration_mode",
    "IntegrationSettings": ".integration_settings",
    "License": ".license_",
    "LicenseCreate": ".license_create",
    "LicenseOptions": ".license_options",
    "LicenseUpdate": ".license_update",
    "LicenseUser": ".license_user",
    "OAuthServerFlow": ".o_auth_server_flow",
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
    "AddonEdition",
    "AddonLicense",
    "Connector",
    "ConnectorCreate",
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
