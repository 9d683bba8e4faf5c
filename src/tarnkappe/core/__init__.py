"""The ground layer: what every other package of Tarnkappe speaks, importing none of them.

- `types.py` — the canonical, dialect-free request and result types (with each request field's
  privacy declaration);
- `errors.py` — the gateway's failures, named by what went wrong;
- `catalog.py` — the catalog's entry types (`ModelEntry`, `Deployment`, `Price`) and the `Catalog`;
- `principal.py` — who is calling (`Principal`) and the rules and limits attached to it;
- `metering.py` — what is recorded about a request (`RequestOutcome`) and the `Metering` protocol.

Arrows point down only: dialects, the pipeline, routing, providers, accounts and the console all
import from here, and nothing here imports them (tests/test_layers.py checks it).
"""
