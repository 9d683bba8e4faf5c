"""What an operator watches: Prometheus metrics (metrics.py, served by metrics_http.py) and the
observations that feed them off the request path (metering.py wraps the accounts' metering, the
HTTP edge's middleware counts requests).

The rule of the whole package: no prompt or answer text, no key and no personal value in any label.
Label values come from closed sets (the catalog's names, the dialects' routes, entity types, error
codes); anything else is written as a fixed placeholder, never as what a client sent.
"""
