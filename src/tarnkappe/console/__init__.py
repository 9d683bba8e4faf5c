"""The organizations' web console under /console/: sign in, API keys, usage, models and policy,
the privacy report. Server-rendered (Jinja2), German and English, no front-end build: the one
script library (Chart.js) is vendored under static/vendor/ with its licence.

Reading order: routes.py (builds it), web.py (what every page shares: session, CSRF, rendering), users.py and
throttle.py (sign-in), reports.py (the ledger queries), then pages/ (one module per page).
"""
