"""Personal values in HL7 v2 messages (hospital and laboratory systems), by segment and field.

A message pasted into a prompt ("what does this ADT message mean?") writes a patient as
``PID|1||4711^^^USZ^PI||Brunner^Vreni^M||19620415|F|||Dorfstrasse 12^^Wetzikon^ZH^8620^CH||044 930 12 34``:
"^" joins a name's parts and an address's street, town and postcode, and a date of birth is
eight digits -- shapes the prose rules do not read as one value (issue 13: formats our rules
never saw).  The field's position says what it is, as a form's label does:

* PID (patient): 5 name, 6 mother's maiden name, 7 date of birth, 9 alias, 11 address, 13/14
  home/business phone;
* NK1 (next of kin): 2 name, 4 address, 5/6 phones; GT1 (guarantor): 3 name, 5 address, 6/7
  phones, 8 date of birth; IN1 (insurance): 16 insured's name, 18 date of birth, 19 address;
* PV1 (visit): 7/8/9/17 attending, referring, consulting and admitting doctors (``ID^Family^Given``).

A field's repetitions ("~", aliases) are masked together, as one value.  Linear: only lines that start with one of these
segment names are split, each once.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType
from . import scan

_NAME, _DOCTOR, _ADDRESS, _PHONE, _DATE = "name", "doctor", "address", "phone", "date"
_WRITTEN_DATE = scan.compile(r"\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})(?![\d])|\d{4}-\d{2}-\d{2}(?!\d)")
# segment -> {field number: kind}
_FIELDS: dict[str, dict[int, str]] = {
    "PID": {5: _NAME, 6: _NAME, 7: _DATE, 9: _NAME, 11: _ADDRESS, 13: _PHONE, 14: _PHONE},
    "NK1": {2: _NAME, 4: _ADDRESS, 5: _PHONE, 6: _PHONE},
    "GT1": {3: _NAME, 5: _ADDRESS, 6: _PHONE, 7: _PHONE, 8: _DATE},
    "IN1": {16: _NAME, 18: _DATE, 19: _ADDRESS},
    "PV1": {7: _DOCTOR, 8: _DOCTOR, 9: _DOCTOR, 17: _DOCTOR},
    "PD1": {4: _DOCTOR},  # the patient's primary care doctor
}
# Components that hold the person or the place: XPN family^given^middle, XCN id^family^given^middle,
# XAD street^other^city^state^zip (not the country after it).
_PARTS = {_NAME: (0, 3), _DOCTOR: (1, 4), _ADDRESS: (0, 5)}
_TYPES = {_NAME: EntityType.PERSON, _DOCTOR: EntityType.PERSON, _ADDRESS: EntityType.ADDRESS,
          _PHONE: EntityType.PHONE, _DATE: EntityType.DOB}


class HL7Detector:
    """Names, dates of birth, addresses and phone numbers in HL7 v2 segments."""

    name = "hl7"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the values of the fields listed above."""
        if "|" not in text or not any(f"{seg}|" in text for seg in _FIELDS):
            return
        pos = 0
        for line in text.splitlines(keepends=True):  # "\r" ends a segment in the standard, "\n" once pasted
            # (indented as a code block or quoted: "    PID|…", "> PID|…")
            lead = len(line) - len(line.lstrip(" \t>")) if line[:1] in " \t>" else 0
            fields = _FIELDS.get(line[lead:lead + 3])
            if fields is not None and line[lead + 3:lead + 4] == "|":
                yield from _segment(text, pos + lead, pos + len(line.rstrip("\r\n")), fields)
            pos += len(line)


def _segment(text: str, start: int, end: int, fields: dict[int, str]) -> Iterator[Entity]:
    last = max(fields)
    index, pos = 0, start
    while pos <= end and index <= last:
        bar = text.find("|", pos, end)
        field_end = end if bar < 0 else bar
        kind = fields.get(index)
        if kind is not None and field_end > pos:
            yield from _values(text, pos, field_end, kind)
        if bar < 0:
            break
        index, pos = index + 1, bar + 1


def _values(text: str, start: int, end: int, kind: str) -> Iterator[Entity]:
    """The field's value; a field with repetitions ("~", aliases) is masked whole, as one value
    (one placeholder per field, and a field of 30,000 repetitions costs one entity)."""
    if text.find("~", start, end) < 0:
        entity = _value(text, start, end, kind)
        if entity is not None:
            yield entity
        return
    value = text[start:end]
    if kind == _DATE or not any(c.isalnum() for c in value):
        return  # a date has no repetitions
    if kind == _PHONE and "@" in value:
        # XTN repetitions: a number and an e-mail address ("+4368…^PRN^CP~^NET^Internet^ferdl.g@chello.at"),
        # each masked as what it is (the e-mail as a phone number had been a PHONE over both)
        pos = start
        for repetition in value.split("~"):
            rep_end = pos + len(repetition)
            if "@" in repetition:
                at = text.find("@", pos, rep_end)
                e_start = text.rfind("^", pos, at) + 1 or pos
                e_end = text.find("^", at, rep_end)
                entity = _trimmed(text, max(e_start, pos), rep_end if e_end < 0 else e_end, EntityType.EMAIL)
            else:
                entity = _value(text, pos, rep_end, kind) if repetition.strip(" ^") else None
            if entity is not None:
                yield entity
            pos = rep_end + 1
        return
    entity = _trimmed(text, start, end, _TYPES[kind], " ^~")
    if entity is not None:
        yield entity


def _value(text: str, start: int, end: int, kind: str) -> Entity | None:
    value = text[start:end]
    if kind == _DATE:
        digits = len(value) - len(value.lstrip("0123456789"))
        if digits < 8:
            # a date as people write it, where a system exports it so ("16.03.1958", "10/06/1992")
            written = scan.match(_WRITTEN_DATE, text, start, end)
            if written is None:
                return None
            return Entity(start, written.end(), EntityType.DOB, written.group(), HL7Detector.name)
        return Entity(start, start + digits, EntityType.DOB, value[:digits], HL7Detector.name)
    if kind == _PHONE:
        if sum(c.isdigit() for c in value) < 6:
            return None
        return _trimmed(text, start, end, EntityType.PHONE)
    first, stop = _PARTS[kind]
    parts = value.split("^")
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part) + 1)
    kept = [i for i in range(first, min(stop, len(parts))) if parts[i].strip()]
    if not kept:
        return None
    s, e = start + offsets[kept[0]], start + offsets[kept[-1]] + len(parts[kept[-1]])
    if kind != _ADDRESS and not any(c.isalpha() for c in text[s:e]):
        return None  # a doctor's number alone
    return _trimmed(text, s, e, _TYPES[kind])


def _trimmed(text: str, start: int, end: int, kind: str, blank: str = " ^") -> Entity | None:
    while start < end and text[start] in blank:
        start += 1
    while end > start and text[end - 1] in blank:
        end -= 1
    if start == end:
        return None
    return Entity(start, end, kind, text[start:end], HL7Detector.name)
