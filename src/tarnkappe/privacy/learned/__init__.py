"""A learned person-name detector (CRF) next to the rules; see detector.py."""

from .detector import LearnedNameDetector

__all__ = ["LearnedNameDetector"]
