"""The facade: detect personal data, replace it by placeholders, fail closed.

An :class:`Anonymizer` is built once at start-up (lists loaded, regexes
compiled) and is immutable afterwards, so it is shared by all threads and
requests.  All per-request state lives in the :class:`~.vault.Vault`.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet

from . import (
    address_parts,
    chat_layouts,
    keyed_births,
    person_appointments,
    person_asides,
    person_chat_asides,
    person_chat_cues,
    person_contacts,
    person_dates,
    person_initials,
    person_kin,
    person_labels,
    person_nicknames,
    person_particles,
    person_phrases,
    person_replies,
    person_shares,
    person_slashes,
    person_titles,
    person_units,
)
from .address_parts import with_parts
from .capital_surnames import capital_surnames
from .chats import chat_entities
from .columns import addresses_down, column_views
from .config import PrivacyConfig
from .datelines import without_datelines
from .detectors import (
    AddressDetector,
    BirthDateDetector,
    ContactDetector,
    Detector,
    IdentifierDetector,
    PersonDetector,
    PhoneDetector,
    TermDetector,
    accounts,
    address,
    address_en,
    adif,
    dates,
    iban_written,
    inline_fields,
    person_context,
    pnr,
    scan,
    spoken_phone,
    word_dates,
)
from .detectors.accounts import AccountDetector
from .detectors.address_en import EnglishAddressDetector, listed_town, year_like
from .detectors.adif import ADIFDetector
from .detectors.dicom import DICOMDetector, without_dump_words
from .detectors.fields import FieldDetector
from .detectors.form_dumps import FormDumpDetector
from .detectors.hl7 import HL7Detector
from .detectors.html_tables import HTMLTableDetector
from .detectors.iban_written import WrittenIBANDetector
from .detectors.inline_fields import InlineFieldDetector
from .detectors.mrz import MRZDetector
from .detectors.phone_cued import CuedPhoneDetector
from .detectors.pnr import PNRDetector
from .detectors.postcodes import PostcodeDetector
from .detectors.slash_tables import SlashTableDetector
from .detectors.spoken_email import SpokenEmailDetector
from .detectors.spoken_phone import SpokenPhoneDetector
from .detectors.terms import whole_words_pattern
from .detectors.word_dates import WordDateDetector
from .entities import DetectionError, Entity, EntityType
from .gates import GateIndex, gates_of
from .header_cells import without_header_cells
from .keyed_births import births_after_keyed_names
from .learned import LearnedNameDetector
from .lower_signatures import lower_case_signatures
from .lowercase import address_view, names_a_street
from .markup import latex_view, windows_around
from .model_names import kept_model_names
from .names import NameLexicon, load_lexicon
from .normalize import detection_text
from .organisation_contacts import without_organisation_contacts
from .person_agents import names_of_agents
from .person_appointments import names_of_appointments
from .person_asides import names_beside_values
from .person_capitals import names_in_capitals
from .person_chat_asides import names_in_chat_asides
from .person_children import children_with_birth_dates, relatives_with_birth_dates
from .person_columns import names_in_columns
from .person_contacts import lower_case_contacts
from .person_dates import birth_date_lists, birth_dates_after_names, disjoint, newborn_dates
from .person_headings import names_ending_headings
from .person_hosts import names_at_addresses
from .person_initials import names_with_initials
from .person_kin import names_beside_kin
from .person_labels import persons_from_labels
from .person_lists import names_in_lower_case_lists
from .person_lowercase import names_in_lower_case_lines
from .person_mailboxes import names_spelled_by_addresses
from .person_mentions import lower_case_mentions, repeated_names, rewritten_names
from .person_particles import particle_names_after_titles, particle_names_in_cells
from .person_phrases import persons_from_phrases, without_affiliation_marks
from .person_records import persons_from_records
from .person_replies import names_in_replies
from .person_rows import names_before_addresses
from .person_shares import names_in_shares
from .person_slashes import names_beside_slashes
from .person_spans import widen_names
from .person_titles import lower_case_titled_names
from .person_units import names_by_units
from .products import without_product_makers
from .repeats import distinct_values, repeated_values
from .resolve import addresses_before_ips, join_adjacent, resolve_overlaps, union_addresses
from .surname_first import join_surname_first, widen_over_surnames_first
from .thing_names import without_things
from .vault import Vault, join_in_pieces
from .word_keys import key_surnames, without_word_keys

# Detectors each value of which holds a digit: they find values from patterns that need one (a phone
# number's, a date's, a postcode's, an English street's house number or postcode), so a text without a
# digit (most prose) is not read by them: they would find nothing, and reading cost them 23% of the
# instructions of masking a 210-character sentence.
# Exact types: a subclass may find more. tests/privacy/test_digit_gate.py holds each to it on generated
# texts and evaluation documents, and detection with them skipped to detection with all of them.
NEED_A_DIGIT: frozenset[type] = frozenset({
    PhoneDetector, CuedPhoneDetector, BirthDateDetector, PostcodeDetector, EnglishAddressDetector,
})
_DIGIT = scan.compile(r"\d")  # (a Unicode digit, as the detectors' \d: "０７９" too)
# The modules whose passes are gated by cue words (gates.py): one Aho-Corasick pass per text finds
# all of them. A gate left out still answers right, word by word; tests/privacy/test_gates.py checks
# that every module's gates are here.
GATED_MODULES = (
    accounts, address, address_en, adif, dates, iban_written, inline_fields, person_context, pnr, spoken_phone,
    word_dates, address_parts, chat_layouts, person_appointments, person_asides, person_chat_asides, person_contacts,
    person_dates, person_initials, person_kin, person_labels, person_nicknames, person_particles, person_phrases,
    person_replies, person_shares, person_slashes, person_titles, person_units, person_chat_cues, keyed_births,
)


def _lower_street_end(text: str, start: int, end: int) -> int:
    """Where a street found in lower case without a postcode ends: what follows its name and number after a comma
    is no town when it is a clause of three words or more ("almweg 69, klingeln bei kabus" -- the capitals had made
    "Klingeln Bei Kabus" one); a town of one or two words stays ("am lindenweg 12, spiez"), and so does a flat's
    word ("viale europa 38, scala c"); "59, rue de hollerich" names its street after the number and comma."""
    number_end = next((k + 1 for k in range(end - 1, start - 1, -1) if text[k].isdigit()), start)
    if not any(c.isalpha() for c in text[start:number_end]):
        # the number first: the name follows it, and its comma ("38 ridge blvd, hallahan is waiting downstairs";
        # session 35, once "blvd" was a street's in lower case), or a comma and then the name ("59, rue de hollerich")
        # (and "7 ter, chemin du moulin": a number's "bis", "ter" or letter before the comma)
        number_end = start
        while number_end < end and text[number_end].isdigit():
            number_end += 1
        first = text.find(",", number_end, end)
        tail = text[number_end:first].strip() if first >= 0 else " "
        if len(tail) <= 6 and " " not in tail:
            number_end = first + 1
    comma = text.find(",", number_end, end)
    after = text[comma + 1:end].split() if comma >= 0 else []
    return comma if len(after) >= 3 and after[0].rstrip(".") not in _UNIT_WORDS else end


class Anonymizer:
    """Thread-safe, immutable masker.

    ``extra_detectors`` plugs in further detectors, e.g. an NER backend that
    implements :class:`~.detectors.base.Detector`; the built-in rules never
    need one and never download anything.
    """

    __slots__ = ("_config", "_detectors", "_persons", "_lexicon", "_learned", "_allow", "_allow_exact",
                 "_view_detectors", "_digitless", "_gates")

    def __init__(
        self,
        config: PrivacyConfig | None = None,
        *,
        extra_detectors: Sequence[Detector] = (),
        lexicon: NameLexicon | None = None,
        learned: LearnedNameDetector | None = None,
    ) -> None:
        self._config = config or PrivacyConfig()
        lexicon = lexicon or load_lexicon()
        self._persons = PersonDetector(lexicon)
        self._lexicon = lexicon
        key_surnames(lexicon)  # (computed once per lexicon, here rather than on the first request: word_keys.py)
        # The learned name detector (CRF, learned/): ``learned`` replaces the shipped model
        # (evaluation trains its own per fold); config.learned_names=False switches it off.
        if learned is None and self._config.learned_names:
            learned = LearnedNameDetector(lexicon)
        self._learned = learned if self._config.learned_names else None
        self._detectors: tuple[Detector, ...] = (
            TermDetector(self._config.deny_terms),
            IdentifierDetector(),
            WrittenIBANDetector(),
            ContactDetector(),
            SpokenEmailDetector(),
            SpokenPhoneDetector(),
            PhoneDetector(self._config.phone_regions),
            CuedPhoneDetector(lexicon.common_words),
            BirthDateDetector(),
            WordDateDetector(),
            AddressDetector(),
            EnglishAddressDetector(),
            PostcodeDetector(),
            fields := FieldDetector(lexicon),
            InlineFieldDetector(fields),
            FormDumpDetector(fields),
            HTMLTableDetector(fields),
            SlashTableDetector(fields, lexicon),
            HL7Detector(),
            DICOMDetector(),
            ADIFDetector(),
            PNRDetector(),
            MRZDetector(),
            AccountDetector(lexicon),
            *extra_detectors,
        )
        # what a text without a digit is read by (NEED_A_DIGIT)
        self._digitless = tuple(d for d in self._detectors if type(d) not in NEED_A_DIGIT)
        # (and the identifiers': a lower-case IBAN, "de89 3704 0044 …", is one in the view's capitals)
        self._view_detectors = tuple(d for d in self._detectors if isinstance(
            d, (AddressDetector, EnglishAddressDetector, PostcodeDetector, IdentifierDetector)))
        # (and where the scans of patterns that start with one of a few strings may start: literal_starts.py)
        self._gates = GateIndex(gates_of(*GATED_MODULES), scan.start_index())
        self._allow = whole_words_pattern(self._config.allow_terms)
        self._allow_exact = frozenset(t.strip().casefold() for t in self._config.allow_terms)

    @property
    def config(self) -> PrivacyConfig:
        """The (immutable) configuration this anonymizer was built with."""
        return self._config

    def new_vault(self) -> Vault:
        """A fresh, empty vault for one request."""
        return Vault()

    def detect(self, text: str, *, hints: Iterable[str] = ()) -> list[Entity]:
        """Non-overlapping entities in ``text``, sorted by position.

        Raises :class:`DetectionError` if any detector fails or returns a span
        that does not match the text (fail closed).
        """
        if len(text) > self._config.max_text_chars:
            raise DetectionError("text too large to anonymize (privacy max_text_chars)")
        try:
            readable = detection_text(text)
        except Exception:  # noqa: BLE001 - as below: fail closed
            raise DetectionError("text normalisation failed") from None
        if readable is None:
            return self._detect(text, hints)
        # decomposed text (normalize.py): detected composed, the spans mapped back to the text
        plain, starts, ends = readable
        out: list[Entity] = []
        for e in self._detect(plain, hints):
            start, end = starts[e.start], ends[e.end - 1]
            if out and start < out[-1].end:  # two characters of one cluster on both sides of a border
                if end > out[-1].end:
                    last = out[-1]
                    out[-1] = Entity(last.start, end, last.type, text[last.start:end], last.detector)
                continue
            out.append(Entity(start, end, e.type, text[start:end], e.detector))
        return out

    def _detect(self, text: str, hints: Iterable[str]) -> list[Entity]:
        found: list[Entity] = []
        try:
            text = self._gates.gated(text)  # the passes' cue words, found in one pass (gates.py)
            for det in self._detectors if scan.search(_DIGIT, text) is not None else self._digitless:
                found += _named(det.detect(text), det.name)
            found += self._lowercase_addresses(text)
            found += self._latex_addresses(text)
            found += self._column_addresses(text)
            found += names_in_replies(text, self._lexicon)  # (before the hints: the writer is named below too)
            # names read without the affiliation marks of an author list ("Mariam Ahmed1*, D. Mazzini2"):
            # the same offsets, the marks blanked (the other detectors read the text as it is)
            names_view = without_affiliation_marks(text)
            # a name a form's key or a mail header gave is a name at its other mentions too
            # ("Payee: Goossens, Tineke" ... "pay Tineke today"; review of session 10)
            hints = _with_field_names(hints, found, self._lexicon)
            persons = _named(self._persons.detect(names_view, hints), self._persons.name)
            if self._learned is not None:
                # The model is asked about what nothing else masks, and about the rules'
                # weakest names, which it may veto (see learned/detector.py).
                learned = self._learned
                wanted_types = self._config.entity_types
                # (only what will be masked: a span of a type the configuration drops covers nothing)
                known = disjoint(sorted((e.start, e.end) for e in (*found, *persons)
                                         if wanted_types is None or e.type in wanted_types))
                extra, vetoed = learned.analyse(names_view, hints, known, learned.doubtful(names_view, persons, hints))
                if vetoed:
                    persons = [p for p in persons if (p.start, p.end) not in vetoed]
                found.extend(kept_model_names(text, extra, persons, self._lexicon, learned))
            found.extend(persons)
            if names_view is not text:  # the spans as the text writes them
                found = [e if text[e.start:e.end] == e.text
                         else Entity(e.start, e.end, e.type, text[e.start:e.end], e.detector) for e in found]
        except DetectionError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure must block the request
            # ``from None``: the inner message may quote the text being analysed.
            raise DetectionError(f"detector failed: {type(exc).__name__}") from None
        for ent in found:
            if not (0 <= ent.start < ent.end <= len(text)) or text[ent.start:ent.end] != ent.text:
                raise DetectionError("detector returned an inconsistent span")
        wanted = self._config.entity_types
        if wanted is not None:
            found = [e for e in found if e.type in wanted]
        try:
            found = widen_names(text, found, self._lexicon)
            found += [e for e in chat_entities(text, found, self._lexicon) if wanted is None or e.type in wanted]
            if wanted is None or EntityType.PERSON in wanted:
                found += persons_from_phrases(text, found, self._lexicon)
                found += persons_from_labels(text, found, self._lexicon)
                found += persons_from_records(text, found, self._lexicon)
                found += names_in_capitals(text, found, self._lexicon)
                found += capital_surnames(text, self._lexicon)
                found += names_in_lower_case_lists(text, found, self._lexicon)
                found += lower_case_signatures(text, self._lexicon)
                found += names_in_lower_case_lines(text, found, self._lexicon)
                found += names_spelled_by_addresses(text, found, self._lexicon)
                found += lower_case_mentions(text, found, self._lexicon)
                found += names_beside_kin(text, found, self._lexicon)
                found += names_beside_values(text, found, self._lexicon)
                found += names_beside_slashes(text, found, self._lexicon)
                found += person_slashes.names_in_cell_pairs(text, found, self._lexicon)
                found += names_with_initials(text, found, self._lexicon)
                found += lower_case_contacts(text, found, self._lexicon)
                found += names_at_addresses(text, found, self._lexicon)
                found += names_of_agents(text, self._lexicon)
                found += names_of_appointments(text, self._lexicon)
                found += names_by_units(text, self._lexicon)
                found += names_before_addresses(text, found, self._lexicon)
                found += particle_names_in_cells(text, self._lexicon)
                found += particle_names_after_titles(text, self._lexicon)
                found += lower_case_titled_names(text, self._lexicon)
                found += person_titles.names_after_officials(text, self._lexicon)
                found += names_in_chat_asides(text, self._lexicon)
                found += names_ending_headings(text, self._lexicon)
                found += names_in_shares(text, self._lexicon)
                found += person_chat_cues.names_by_chat_cues(text, self._lexicon)
                found += person_nicknames.nicknames(text, found, self._lexicon)
                found += repeated_names(text, found, self._lexicon)
                found += names_in_columns(text, found, self._lexicon)
                found += rewritten_names(text, found, self._lexicon)  # (after every name's rule: the columns' too)
            found += [e for e in children_with_birth_dates(text, self._lexicon) if wanted is None or e.type in wanted]
            found += [e for e in relatives_with_birth_dates(text, self._lexicon) if wanted is None or e.type in wanted]
            if wanted is None or EntityType.DOB in wanted:
                found += birth_dates_after_names(text, found)
                found += birth_date_lists(text, found)
                found += newborn_dates(text)
                found += births_after_keyed_names(text, found, self._lexicon)
            found += repeated_values(text, found)
            found = without_dump_words(text, without_things(text, found))
            found = without_word_keys(text, without_datelines(text, found, self._lexicon), self._lexicon)
            found = without_product_makers(text, without_header_cells(text, found), self._lexicon)
            resolved = resolve_overlaps(self._drop_allowed(
                text, addresses_before_ips(text, union_addresses(text, with_parts(text, found)))))
            resolved = widen_over_surnames_first(text, resolved, self._lexicon)
            resolved = join_adjacent(text, join_surname_first(text, resolved, self._lexicon))
            if self._config.keep_organisation_contacts:
                resolved = without_organisation_contacts(text, resolved, self._lexicon)
            return resolved
        except Exception as exc:  # noqa: BLE001 - as above: a failure here must block the request too
            raise DetectionError(f"span resolution failed: {type(exc).__name__}") from None

    def _lowercase_addresses(self, text: str) -> list[Entity]:
        """Addresses and IBANs in lines written in lower case, read by the address and identifier
        detectors in a capitalised view of those lines (lowercase.py)."""
        view = address_view(text)
        if view is None:
            return []
        capitalised, lines = view
        starts = [s for s, _ in lines]  # sorted, disjoint: the line an entity starts in by bisection
        # The detectors read only the changed lines (whole lines, two lines apart at most read
        # together), not the whole view: a prompt with one such line paid three address scans of
        # all its text (~1.4 M instructions on the ~2,000-token prompt).
        windows: list[list[int]] = []
        for start, end in lines:
            line_start = text.rfind("\n", 0, start) + 1
            if windows and text.count("\n", windows[-1][1], line_start) <= 2:
                windows[-1][1] = end
            else:
                windows.append([line_start, end])
        out: list[Entity] = []
        for det in self._view_detectors:
            for w_start, w_end in windows:
                for part in det.detect(capitalised[w_start:w_end]):
                    start, end = part.start + w_start, part.end + w_start
                    # the line part its end is in; it may start before that part on the same line:
                    # "neue adresse: Praterstraße 37, 3100 st. pölten" (the town was left in clear)
                    if part.type == EntityType.IBAN:
                        out.append(Entity(start, end, part.type, text[start:end], det.name))
                        continue
                    k = bisect.bisect_right(starts, end - 1) - 1
                    groups = len(_DIGIT_GROUPS.findall(part.text))
                    if part.type == EntityType.ADDRESS and k >= 0 and end <= lines[k][1] and (
                            start >= lines[k][0] or text.find("\n", start, lines[k][0]) < 0
                            or _on_lines_above(text, lines, k, start) and _has_letter(text, lines[k][0], end)) and (
                            groups >= 2 or names_a_street(text[max(0, start - 3):end])) and _town_listed_below(
                            capitalised, start, end):
                        # a number and a postcode: capitals added to "2021 until last spring" made a street
                        if groups < 2:
                            end = _lower_street_end(text, start, end)
                        bell = scan.search(_BELL_AFTER, text, start, end)
                        if bell is not None and not any(map(str.isdigit, text[bell.end():end])):
                            # no town: "26 elm grove, buzzer says gonçalves" (holdout38); but a postcode after it
                            # is the address's ("hauptstrasse 5, klingel meier, 8001 zürich": the review of session 34)
                            end = bell.start()
                        out.append(Entity(start, end, part.type, text[start:end], det.name))
        return out

    def _column_addresses(self, text: str) -> list[Entity]:
        """Addresses down a column of side-by-side cells (a label sheet, pdftotext's columns): the
        address detectors read each column as a text of its own (columns.py)."""
        views = column_views(text)
        if not views:
            return []
        detectors = [d for d in self._view_detectors if not isinstance(d, IdentifierDetector)]
        return [e for view in views for e in addresses_down(view, text, detectors)]

    def _latex_addresses(self, text: str) -> list[Entity]:
        """Addresses of a LaTeX letter, read by the address detectors in a view without its line
        breaks and accent commands (markup.py); only those the view changed."""
        view = latex_view(text)
        if view is None:
            return []
        plain, changed = view
        out: list[Entity] = []
        windows = windows_around(plain, changed)
        for det in self._view_detectors:
            if isinstance(det, IdentifierDetector):
                continue  # (what the view changes is where an address is: its line breaks, accents)
            for w_start, w_end in windows:
                for found in det.detect(plain[w_start:w_end]):
                    start, end = found.start + w_start, found.end + w_start
                    k = bisect.bisect_left(changed, start - 2)
                    if k < len(changed) and changed[k] <= end + 1:
                        out.append(Entity(start, end, found.type, text[start:end], det.name))
        return out

    def _drop_allowed(self, text: str, found: list[Entity]) -> list[Entity]:
        """Honour the allow-list: an entity inside an allowed term is dropped; one that only
        overlaps it ("Anna Meier von *Meier Treuhand*") is trimmed to its longest part outside."""
        if self._allow is None:
            return found
        allowed = [(m.start(), m.end()) for m in scan.finditer(self._allow, text)]
        if not allowed:  # no allowed term in the text (the usual case): only the exact-text test
            exact = self._allow_exact
            return [e for e in found if e.text.casefold() not in exact]
        allowed_ends = [end for _, end in allowed]  # sorted: the matches do not overlap
        kept: list[Entity] = []
        for e in found:
            if e.text.casefold() in self._allow_exact:
                continue
            overlaps = []  # found by bisection: scanning all allowed spans per entity was quadratic
            for k in range(bisect.bisect_right(allowed_ends, e.start), len(allowed)):
                if allowed[k][0] >= e.end:
                    break
                overlaps.append(allowed[k])
            if not overlaps:
                kept.append(e)
                continue
            kept.extend(_outside(text, e, overlaps))
        return kept

    def mask(self, text: str, vault: Vault) -> str:
        """Replace every detected entity by its placeholder from ``vault``.

        The same original gets the same placeholder for the whole request.
        Never returns unmasked text: any detection failure raises
        :class:`DetectionError`.
        """
        return self.mask_with_entities(text, vault)[0]

    def mask_with_entities(self, text: str, vault: Vault) -> tuple[str, list[tuple[Entity, str]]]:
        """Like :meth:`mask`, also returning each replaced entity with its placeholder."""
        vault.reserve_existing(text)
        vault.charge(len(text), self._config.max_text_chars)
        entities = self._detect_and_note(text, vault)
        return _replace(text, entities, vault)

    def mask_many(self, texts: Sequence[str], vault: Vault, *, tool_words: frozenset[str] = frozenset()) -> list[str]:
        """Mask all texts of one request (messages, parts, tool arguments) in order.

        Same result as :meth:`mask` on each text in turn, except that every
        text is read before any placeholder is given out: literal placeholders
        anywhere are reserved first, and a person mention is linked to a full
        name ("Meier" -> "Anna Meier") only if no other full name in *any* of
        the texts contains it, and a value (not a name) masked in one text is masked
        wherever another text repeats it.  Raises :class:`DetectionError` like :meth:`mask`.

        ``tool_words`` (casefolded) are the words of the names of the tools the
        request declares ("Bash", "Kill" and "Shell" of ``KillShell``): a
        one-word name that is exactly one of them is the tool the text talks
        about, not a person — a coding agent's instructions are full of them,
        and the tool's name goes upstream verbatim anyway.
        """
        for text in texts:
            vault.reserve_existing(text)
            vault.charge(len(text), self._config.max_text_chars)
        detected = [self._detect_and_note(text, vault, tool_words) for text in texts]
        if len(texts) > 1:
            # a value one text gave away is masked in the others too ("DOB: 12.03.1985" in the
            # system prompt, "12.03.1985" alone in a later message; repeats.py)
            values = distinct_values(e for entities in detected for e in entities)
            for k, (text, entities) in enumerate(zip(texts, detected, strict=True)):
                more = repeated_values(text, entities, values)
                if more:
                    detected[k] = resolve_overlaps(entities + more)
        return [_replace(text, entities, vault)[0] for text, entities in zip(texts, detected, strict=False)]

    def _detect_and_note(self, text: str, vault: Vault, tool_words: frozenset[str] = frozenset()) -> list[Entity]:
        """Detect with the request's earlier names as hints, then note this text's names."""
        entities = self.detect(text, hints=vault.person_hints())
        if tool_words:
            entities = [e for e in entities if e.type != EntityType.PERSON or e.text.casefold() not in tool_words]
        vault.note_persons(e.text for e in entities if e.type == EntityType.PERSON)
        return entities


class _Union(AbstractSet[str]):
    """Two sets read as one, without copying either (the vault's name hints grow with a request:
    a copy per text would take time quadratic in the request)."""

    __slots__ = ("_a", "_b")

    def __init__(self, a: AbstractSet[str], b: AbstractSet[str]) -> None:
        self._a, self._b = a, b

    def __contains__(self, item: object) -> bool:
        return item in self._a or item in self._b

    def __iter__(self) -> Iterator[str]:
        yield from self._a
        yield from (w for w in self._b if w not in self._a)

    def __len__(self) -> int:
        return len(self._a) + sum(1 for w in self._b if w not in self._a)


def _with_field_names(hints: Iterable[str], found: list[Entity], lexicon: NameLexicon) -> Iterable[str]:
    """``hints`` and the words of the names the structured-text detectors found."""
    words = {w for e in found if e.type == EntityType.PERSON
             for w in e.text.replace(",", " ").split() if len(w) >= 3 and w[0].isupper()
             and w.lower() not in lexicon.common_words}
    if not words:
        return hints
    return _Union(hints if isinstance(hints, AbstractSet) else frozenset(hints), words)


_DIGIT_GROUPS = scan.compile(r"\d{1,5}")
# a door's bell after a street typed in lower case, which the capitalised view read as a town ("…, Buzzer Says Huang")
_BELL_AFTER = scan.compile(r",[ ](?:buzzer|bell[ ]says|klingel|klingeln|sonner|sonnez|sonnette|citofono|citofonare"
                           r"|campanello)(?![\w])")
# a flat's, a staircase's or a floor's word after a street and its number ("viale europa 38, scala c")
_UNIT_WORDS = frozenset(
    """scala sc int interno piano app appartamento stiege stg top tür whg wohnung stock og eg dg apt apartment flat
    unit suite bât bâtiment étage esc escalier porte bloc block haus""".split()
)


def _named(entities: Iterable[Entity], detector: str) -> list[Entity]:
    """The entities, each saying which detector found it (for reports: CLI, evaluation)."""
    out = list(entities)
    if all(map(_DETECTOR, out)):  # named already (a C loop): no Python step per entity
        return out
    return [e if e.detector else Entity(e.start, e.end, e.type, e.text, detector) for e in out]


_DETECTOR = operator.attrgetter("detector")


def _replace(text: str, entities: list[Entity], vault: Vault) -> tuple[str, list[tuple[Entity, str]]]:
    """Put each entity's placeholder in its place (entities sorted, non-overlapping)."""
    out: list[str] = []
    replaced: list[tuple[Entity, str]] = []
    pos = 0
    placeholder_for, add, note = vault.placeholder_for, out.extend, replaced.append
    for ent in entities:
        placeholder = placeholder_for(ent.type, ent.text)
        add((text[pos:ent.start], placeholder))
        note((ent, placeholder))
        pos = ent.end
    out.append(text[pos:])
    return join_in_pieces(out), replaced  # a 1 MB text: no single join of 100,000 parts (GIL)


_JOINERS = frozenset({"von", "van", "de", "di", "du", "da", "del", "della", "der", "den", "zu", "und", "&"})


_EDGE_PUNCTUATION = frozenset(" ,;:-–")


def _outside(text: str, entity: Entity, spans: list[tuple[int, int]]) -> list[Entity]:
    """Every piece of `entity` not covered by `spans` that holds a word of two characters or more,
    without dangling name particles or spaces at its edges ("Halmich, |Tarnkappe AG|, Kundenservice":
    both sides stay masked -- keeping only the longest left the other in clear; review of session 9)."""
    pieces, cursor = [], entity.start
    for start, end in sorted(spans):
        if start > cursor:
            pieces.append((cursor, min(start, entity.end)))
        cursor = max(cursor, end)
    if cursor < entity.end:
        pieces.append((cursor, entity.end))
    out: list[Entity] = []
    for start, end in pieces:
        words = text[start:end].split()
        while words and words[-1].casefold() in _JOINERS:
            words.pop()
        first = 0
        while first < len(words) and words[first].casefold() in _JOINERS:
            first += 1
        del words[:first]
        if not words:
            continue
        piece_start = text.index(words[0], start)
        piece_end = text.index(words[-1], piece_start) + len(words[-1])
        while piece_start < piece_end and text[piece_start] in _EDGE_PUNCTUATION:
            piece_start += 1
        while piece_end > piece_start and text[piece_end - 1] in _EDGE_PUNCTUATION:
            piece_end -= 1
        if piece_end - piece_start < 2 or not any(c.isalnum() for c in text[piece_start:piece_end]):
            continue
        out.append(Entity(piece_start, piece_end, entity.type, text[piece_start:piece_end], entity.detector))
    return out


def _on_lines_above(text: str, lines: list[tuple[int, int]], k: int, start: int) -> bool:
    """``start`` is on the changed line right above line ``k`` of the view, the two whole lines one under the
    other: an address's street over its town, both typed in lower case ("kreuzstrasse 22\n8046 zürich").  It may
    start before the part of that line the view changed, on the same line: a tenement's unit before the street
    ("Flat 0/1, 22 thornbank street\nglasgow g3 8sq" -- the view changes the line after "Flat 0/1, "; the review of
    session 33: the whole address was dropped)."""
    if k < 1 or lines[k - 1][1] + 1 != lines[k][0] or start >= lines[k - 1][1]:
        return False
    above = lines[k - 1][0]
    return above <= start or above - start <= 40 and text.find("\n", start, above) < 0


# A postcode first on a line of the view (after a quoted reply's marks, which the view blanks).
_POSTCODE_LINE_START = scan.compile(r"[ \t>]{0,16}+(?:[A-Z]{1,2}-)?\d{4,5}[ ]{1,2}")


def _town_listed_below(view: str, start: int, end: int) -> bool:
    """An address of the view that ends on a line starting with a postcode names a town there (see
    address_en.listed_town): the capitals the view gives every word made a year's line one ("> wir treffen uns am
    gleis 12\n> 2024 fahren wir" -- "2024 Fahren Wir"; the review of session 33, once quoted replies were read
    like unquoted ones)."""
    line = view.rfind("\n", start, end) + 1
    if line == 0:
        return True
    postcode = scan.match(_POSTCODE_LINE_START, view, line, end)
    if postcode is None:
        return True
    last = postcode.end() - (3 if view[postcode.end() - 2] == " " else 2)  # the postcode's last digit
    return not year_like(view, last) or listed_town(view, postcode.end())


def _has_letter(text: str, start: int, end: int) -> bool:
    """A letter in text[start:end]: a town's name under its street, not a date ("im familienbuch\n29/11/26")."""
    return any(c.isalpha() for c in text[start:end])
