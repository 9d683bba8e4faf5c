"""Detectors, one module per entity family; all follow :class:`base.Detector`."""

from .address import AddressDetector
from .base import Detector
from .contact import ContactDetector
from .dates import BirthDateDetector
from .identifiers import IdentifierDetector
from .persons import PersonDetector
from .phone import PhoneDetector
from .terms import TermDetector

__all__ = [
    "AddressDetector", "BirthDateDetector", "ContactDetector", "Detector", "IdentifierDetector",
    "PersonDetector", "PhoneDetector", "TermDetector",
]
