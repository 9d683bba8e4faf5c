"""Fail closed on detector errors; one Anonymizer shared by threads; CLI."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from tarnkappe.privacy import Anonymizer, DetectionError, Entity, PrivacyConfig
from tarnkappe.privacy.cli import main as cli_main


class Exploding:
    name = "exploding"

    def detect(self, text: str):
        raise ValueError(f"cannot parse {text}")


class Misaligned:
    name = "misaligned"

    def detect(self, text: str):
        return [Entity(0, 3, "PERSON", "xyz")]


@pytest.mark.parametrize("detector", [Exploding(), Misaligned()])
def test_detector_failure_raises_detection_error(detector) -> None:
    anonymizer = Anonymizer(PrivacyConfig(), extra_detectors=[detector])
    with pytest.raises(DetectionError) as info:
        anonymizer.mask("Herr Huber, IBAN CH93 0076 2011 6238 5295 7", anonymizer.new_vault())
    assert "Huber" not in str(info.value)  # the error never quotes the text
    assert info.value.__cause__ is None


def test_anonymizer_is_thread_safe(anonymizer: Anonymizer) -> None:
    texts = [f"Herr Huber{i % 3} und anna{i}@example.ch, Tel. 044 668 18 0{i % 10}" for i in range(40)]

    def job(text: str) -> tuple[str, str]:
        vault = anonymizer.new_vault()
        masked = anonymizer.mask(text, vault)
        return masked, vault.restore(masked)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(job, texts))
    for text, (masked, restored) in zip(texts, results):
        assert restored == text
        assert "@" not in masked


def test_entity_repr_hides_value() -> None:
    assert "Huber" not in repr(Entity(0, 5, "PERSON", "Huber"))


def test_cli_json(tmp_path, capsys) -> None:
    f = tmp_path / "in.txt"
    f.write_text("Sehr geehrter Herr Brunner, rufen Sie 044 668 18 00 an.", encoding="utf-8")
    assert cli_main([str(f), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["masked"] == "Sehr geehrter Herr [[PERSON_1]], rufen Sie [[PHONE_1]] an."
    assert {(r["placeholder"], r["original"]) for r in out["replacements"]} == {
        ("[[PERSON_1]]", "Brunner"), ("[[PHONE_1]]", "044 668 18 00")
    }
    assert out["counts"] == {"PERSON": 1, "PHONE": 1}


def test_cli_table(tmp_path, capsys) -> None:
    f = tmp_path / "in.txt"
    f.write_text("Mail: anna@example.ch", encoding="utf-8")
    assert cli_main([str(f)]) == 0
    out = capsys.readouterr().out
    assert "Mail: [[EMAIL_1]]" in out and "anna@example.ch" in out and "placeholder" in out
