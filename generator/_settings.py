"""``overrides/<api>/sdk.yaml`` as a typed model: every key is known, so a typo stops generation.

Each level forbids unknown keys and scalars are strict (``flatten_body: "yes"`` is an error, not
``True``). A bad file raises a GenerationError that names the file and the key path, such as
``overrides/hubster/sdk.yaml: resources.integrations.methods.update.flaten_body: unknown key``.

The settings also give openapi-python-client its configuration: ``distribution`` and
``package`` name the project and package, and ``codegen:`` holds its other options.

Defaults that the runtime owns are not repeated here: ``idempotent_methods`` left out means the
runtime's ``DEFAULT_IDEMPOTENT_METHODS`` (filled in when the templates' context is built, so that
reading settings does not import the runtime).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    field_validator,
    model_validator,
)

from ._errors import GenerationError

HttpMethod = Literal["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "POST", "TRACE"]
Identifier = Annotated[StrictStr, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
# A hook in an override module, "module:function" (the module relative to the package).
Hook = Annotated[StrictStr, Field(pattern=r"^\.?[A-Za-z_][\w.]*:[A-Za-z_]\w*$")]
Status = Annotated[int, Field(ge=400, le=599)]
# A release number, MAJOR.MINOR.PATCH (https://semver.org/), as `make release` writes it.
Version = Annotated[StrictStr, Field(pattern=r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")]


def _positive_number(value: object) -> int | float:
    # int stays int: the generated code writes the number as sdk.yaml gives it.
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError("Input should be a number greater than 0")
    return value


PositiveNumber = Annotated[int | float, PlainValidator(_positive_number)]


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PaginateSettings(_Settings):
    """``paginate:`` of a list method; ``paginate: link`` is short for ``{style: link}``."""

    # link: follow `Link: <...>; rel="next"` (integrator.io); page_number: ask for page 0, 1, 2,
    # ... until (page + 1) * page size >= total (Hubster).
    style: Literal["link", "page_number"]
    page_param: StrictStr | None = None  # page_number: the query parameter of the page
    items: StrictStr | None = None  # page_number: the answer's list attribute ("items")
    item_type: StrictStr | None = None  # the type of one record, when a parse hook changes it

    @model_validator(mode="after")
    def _options_fit_the_style(self) -> PaginateSettings:
        if self.style == "page_number" and self.page_param is None:
            raise ValueError("page_number paging needs page_param (the page's query parameter)")
        if self.style == "link" and (self.page_param is not None or self.items is not None):
            raise ValueError("link paging takes no page_param or items")
        return self


class MethodSettings(_Settings):
    """One ``client.<resource>.<method>()``: the operation it calls and how."""

    operation: StrictStr  # the spec's operationId
    body: Identifier = "body"  # the name of the body argument
    flatten_body: StrictBool = False  # the body model's fields become keyword arguments
    parse: Hook | None = None  # parses a 2xx answer instead of the generated _parse_success
    returns: StrictStr | None = None  # the return annotation, when `parse` changes it
    doc: StrictStr | None = None  # the method's docstring instead of the spec's description
    paginate: PaginateSettings | None = None
    # Status -> a sentence that ends the error's message: what the status means here.
    status_hints: dict[Status, StrictStr] = {}
    # Whether the operation may be sent twice; None: by its method (idempotent_methods). False
    # for a PUT that starts work, which a retry after a lost answer could start again.
    idempotent: StrictBool | None = None

    @field_validator("paginate", mode="before")
    @classmethod
    def _style_alone(cls, value: object) -> object:
        return {"style": value} if isinstance(value, str) else value


class ResourceSettings(_Settings):
    """``client.<resource>``: its methods and nested resources."""

    class_name: StrictStr | None = Field(default=None, alias="class")
    methods: dict[Identifier, MethodSettings] = {}
    resources: dict[Identifier, ResourceSettings] = {}


class RateLimitSettings(_Settings):
    """The API's documented leaky bucket, enforced on the client side by default."""

    capacity: Annotated[StrictInt, Field(gt=0)]
    rate_per_second: PositiveNumber


class ClassOverrideSettings(_Settings):
    """openapi-python-client's ``class_overrides`` entry."""

    class_name: StrictStr | None = None
    module_name: StrictStr | None = None


class CodegenSettings(_Settings):
    """openapi-python-client's options (its ConfigFile) other than the project/package names,
    which come from ``distribution``/``package``, and post_hooks, which the pipeline owns.
    Defaults are openapi-python-client's (tests/generator/test_settings.py checks)."""

    field_prefix: StrictStr = "field_"
    class_overrides: dict[StrictStr, ClassOverrideSettings] = {}
    content_type_overrides: dict[StrictStr, StrictStr] = {}
    use_path_prefixes_for_title_model_names: StrictBool = True
    docstrings_on_attributes: StrictBool = False
    generate_all_tags: StrictBool = False
    literal_enums: StrictBool = False


class ApiSettings(_Settings):
    """One API's ``sdk.yaml``."""

    api_name: StrictStr  # in messages: "Hubster answered 404 ..."
    distribution: StrictStr  # the pip name, and openapi-python-client's project name
    package: Identifier  # the import name, and openapi-python-client's package name
    # The release number, MAJOR.MINOR.PATCH: `make release` sets it from what changed since the
    # last release (generator/_release); it is not edited by hand.
    version: Version = "1.0.0"
    client_class: Identifier
    async_client_class: Identifier
    fake_class: Identifier  # the fake server in <package>.testing
    env_prefix: Identifier  # <PREFIX>_TOKEN, <PREFIX>_BASE_URL, ...
    auth_scheme: Literal["bearer", "raw"]
    auth_notes: StrictStr = ""  # extra text for the package README's Auth section
    # Characters a path parameter keeps literal; everything else reserved is percent-encoded.
    path_safe_characters: StrictStr = ""
    # None: the runtime's DEFAULT_IDEMPOTENT_METHODS.
    idempotent_methods: frozenset[HttpMethod] | None = None
    rate_limit: RateLimitSettings | None = None
    # Offer the bucket shared through Redis by every process using an account: the package gets
    # a `[redis]` extra (the runtime reads <PREFIX>_RATE_LIMIT_REDIS_URL for any rate limit).
    shared_rate_limit: StrictBool = False
    # Region name -> base URL (each one of the spec's servers); region= picks one.
    regions: dict[Identifier, StrictStr] = {}
    # None: no resource clients; otherwise every operation must be mapped exactly once.
    resources: dict[Identifier, ResourceSettings] | None = None
    imports: list[StrictStr] = []  # lines _client.py runs on import (the mixins' modules)
    type_imports: list[StrictStr] = []  # lines for annotations only (under TYPE_CHECKING)
    client_mixins: list[Identifier] = []
    async_client_mixins: list[Identifier] = []
    package_exports: dict[Identifier, StrictStr] = {}  # name -> module, imported on first use
    codegen: CodegenSettings = CodegenSettings()

    @field_validator("idempotent_methods", mode="before")
    @classmethod
    def _upper_case(cls, value: object) -> object:
        if isinstance(value, list | tuple | set | frozenset):
            return [m.upper() if isinstance(m, str) else m for m in value]
        return value


def _message(error: dict[str, Any]) -> str:
    kind = str(error["type"])
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "missing required key"
    text = str(error["msg"]).removeprefix("Value error, ")
    got = error.get("input")
    if not isinstance(got, dict | list):
        shown = repr(got)
        text += f" (got {shown[:60] + '...' if len(shown) > 60 else shown})"
    return text


def _key_path(location: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in location) or "(top level)"


def settings_error(display: str, exc: ValidationError) -> GenerationError:
    """A GenerationError listing each bad key of ``display`` as ``file: key.path: problem``."""
    lines = [f"{display}: {_key_path(e['loc'])}: {_message(dict(e))}" for e in exc.errors()]
    return GenerationError("settings", "\n".join(lines))


def validate_settings(data: dict[str, Any], display: str) -> ApiSettings:
    """``data`` as ApiSettings; ``display`` names the file in messages."""
    try:
        return ApiSettings.model_validate(data)
    except ValidationError as exc:
        raise settings_error(display, exc) from None
