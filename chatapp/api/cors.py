"""CORS for the local API: Starlette's middleware, with a refused preflight answered in
OpenAI's error JSON (a web page's script reads it like any other failure) instead of plain
text."""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, Response

from chatapp.api.errors import CORS_METHOD, CORS_ORIGIN, CORS_PRIVATE, ApiError


class ApiCors(CORSMiddleware):
    """CORSMiddleware whose refused preflight is a 400 with OpenAI's error body that says why:
    the origin (named), the method, or a public page asking for a private network."""

    def preflight_response(self, request_headers: Headers) -> Response:
        """Starlette's answer to a preflight; a refusal (400) in OpenAI's error shape."""
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        origin = request_headers.get("origin", "")
        method = request_headers.get("access-control-request-method", "")
        if not self.is_allowed_origin(origin=origin):
            error = ApiError(400, CORS_ORIGIN, origin=origin)
        elif method not in self.allow_methods:
            error = ApiError(400, CORS_METHOD, method=method)
        else:
            error = ApiError(400, CORS_PRIVATE)
        kept = {name: value for name, value in response.headers.items()
                if name.lower() not in ("content-length", "content-type")}
        return JSONResponse(error.body(), 400, headers=kept)
