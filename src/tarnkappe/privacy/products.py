"""A maker's name before its model's code is no one's: "Prusa MK4", "Roland GS-24", "Dobson 10\\"".

Makerspaces' machine lists, observatories' telescopes and swap meets' article lists write a product as
its maker and its model -- and the maker is a surname ("Prusa", "Roland", "Dobson"): the name rules
and the learned model masked it (38 spans in the read sets, none a person's; session 22).  A PERSON
entity right before a space and a model's code -- capitals, maybe a hyphen, digits, maybe a capital
("MK4", "GS-24", "D840"), or a size in inches ('10"') -- that ends there is dropped.  A postcode after a
town is none of these: "DL1 4XY", "K7L 3N6" go on with a digit after a space.

Bounded work: one anchored match after each PERSON entity.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .entities import Entity, EntityType

_MODEL_CODE = scan.compile(r"[ ](?:[A-Z]{1,4}-?\d{1,4}[A-Z]?|\d{1,2}(?:\"|''|”))(?![\w.,/\-]|[ ]\d)")


def without_product_makers(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """``entities`` without the PERSON entities that name a product's maker before its model's code."""
    return [e for e in entities if e.type != EntityType.PERSON or scan.match(_MODEL_CODE, text, e.end) is None]
