"""Whether this process traces, decided without the OpenTelemetry SDK: app.py imports the SDK
(observability/tracing.py, ~70 modules and a few MB that stay in memory) only when the answer
is yes."""

from __future__ import annotations

import os
from collections.abc import Mapping

from tarnkappe.config import TracingSettings

OTLP_ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT")


def tracing_wanted(settings: TracingSettings, environ: Mapping[str, str] = os.environ) -> bool:
    """On by configuration, or by the standard environment (an OTLP endpoint set, the SDK not
    disabled, the traces exporter not `none`)."""
    if environ.get("OTEL_SDK_DISABLED", "").lower() == "true":
        return False
    if settings.enabled:
        return True
    if environ.get("OTEL_TRACES_EXPORTER", "otlp").lower() == "none":
        return False
    return any(environ.get(name) for name in OTLP_ENDPOINT_VARIABLES)
