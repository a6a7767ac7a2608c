"""Validates real error responses of errcat against OpenAPI documents with
openapi-core's response validation (status, headers, media type and body).

The Rust tests that collect the responses (tests/integration/
openapi_responses.rs, cli/tests/cli/openapi_responses.rs) run it as
`PYTHON validate_responses.py` with a JSON object on stdin:

    {"documents": {"NAME": {...an OpenAPI 3.1 document...}},
     "responses": [{"document": "NAME", "method": "post", "path": "/token",
                    "case": "TokenError::InvalidGrant oauth relative_uri",
                    "status": 400, "headers": [["content-type", "..."]],
                    "body": "..."}]}

It prints one line per refused response, naming its case (the code and
the variant) and every error openapi-core found, then the line
`validated N responses against M documents: F refused`; it exits 1 when a
response is refused and 2 when it cannot validate at all.
"""

import json
import sys

from openapi_core import Config, OpenAPI
from openapi_core.deserializing.media_types.util import json_loads
from openapi_core.testing import MockRequest, MockResponse

HOST = "http://localhost"

# openapi-core reads only the JSON media types it lists as JSON;
# problem+json (RFC 9457) is JSON too.
CONFIG = Config(extra_media_type_deserializers={"application/problem+json": json_loads})

# The longest message kept of one error: openapi-core's own repeat the
# whole body, and errcat's longest bodies are some kilobytes.
MESSAGE_LEN = 300


def format_canary():
    """Exits unless openapi-core checks `format: uri` and `uri-reference`.

    jsonschema checks these formats only when a URI library is installed
    (rfc3986-validator); without one every value passes, and a schema with
    the wrong format would pass too.
    """
    document = {
        "openapi": "3.1.0",
        "info": {"title": "canary", "version": "1"},
        "paths": {
            "/": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "uri": {"type": "string", "format": "uri"},
                                            "reference": {
                                                "type": "string",
                                                "format": "uri-reference",
                                            },
                                        },
                                    }
                                }
                            },
                        }
                    }
                }
            }
        },
    }
    api = OpenAPI.from_dict(document, config=CONFIG)
    request = MockRequest(HOST, "get", "/")
    for body, ok in [
        ({"uri": "https://a.example/b", "reference": "b.html#c"}, True),
        ({"uri": "b.html#c"}, False),
        ({"reference": "a b"}, False),
    ]:
        response = MockResponse(json.dumps(body).encode(), status_code=200)
        refused = any(True for _ in api.iter_response_errors(request, response))
        if refused == ok:
            print(
                "openapi-core does not check the formats uri and uri-reference "
                f"({json.dumps(body)} {'refused' if refused else 'accepted'}): "
                "install rfc3986-validator beside it",
                file=sys.stderr,
            )
            sys.exit(2)


def shorten(text):
    return text if len(text) <= MESSAGE_LEN else text[:MESSAGE_LEN] + "..."


def describe(error):
    """The error, or the schema errors behind it, on one line."""
    schema_errors = getattr(error.__cause__, "schema_errors", None) or ()
    if not schema_errors:
        return f"{type(error).__name__}: {shorten(str(error))}"
    parts = []
    for schema_error in schema_errors:
        where = "/".join(str(part) for part in schema_error.absolute_path)
        parts.append(f"{type(error).__name__} at /{where}: {shorten(schema_error.message)}")
    return "; ".join(parts)


def main():
    format_canary()
    given = json.load(sys.stdin)
    apis = {
        name: OpenAPI.from_dict(document, config=CONFIG)
        for name, document in given["documents"].items()
    }
    refused = 0
    for response in given["responses"]:
        api = apis[response["document"]]
        headers = response["headers"]
        content_type = next(
            (value for name, value in headers if name.lower() == "content-type"), None
        )
        if content_type is None:
            print(f"FAIL {response['case']}: the response has no content-type")
            refused += 1
            continue
        request = MockRequest(HOST, response["method"], response["path"])
        mock = MockResponse(
            response["body"].encode(),
            status_code=response["status"],
            headers=headers,
            content_type=content_type,
        )
        errors = [describe(error) for error in api.iter_response_errors(request, mock)]
        if errors:
            refused += 1
            print(
                f"FAIL {response['case']} against {response['document']} "
                f"{response['method'].upper()} {response['path']} {response['status']}: "
                + " | ".join(errors)
            )
    print(
        f"validated {len(given['responses'])} responses against "
        f"{len(apis)} documents: {refused} refused"
    )
    sys.exit(1 if refused else 0)


if __name__ == "__main__":
    main()
