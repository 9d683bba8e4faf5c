"""Evaluate the anonymizer: precision, recall, F2 per entity type and language.

(a) the synthetic test split (bench/privacy/data/synthetic_test.jsonl; use
    --split dev while tuning; --split independent: the set written separately by
    generate_independent.py, never tuned on; --split holdout: the blind set of
    generate_holdout.py, written 2026-12-04 without reading the detectors or the other
    sets' templates and never run through the anonymizer while written -- report on it,
    never tune on it; --split holdout2: the second blind set of generate_holdout2.py, written
    2026-12-04 blind by a helper session without reading the detectors, the other generators'
    templates or the other sets' texts, never run through the anonymizer while written -- never
    to be used for tuning; --split holdout3: the third blind set of generate_holdout3.py, written
    2026-12-04 blind by a helper session without reading the detectors, the other generators or the
    other sets' texts, in genres the other sets do not use (tenancy, school, claims, reviews, police,
    bookings, seating plans, court minutes, news, forums, quoted threads, CSV, JSON/YAML, OCR, vCard),
    never run through the anonymizer while written -- report on it, never tune on it; --split holdout4: the
    fourth blind set of generate_holdout4.py, written 2026-12-04 blind by a helper session without reading the
    detectors, the other generators or the other sets' texts, in further genres (calendar invites, ticket
    exports, CRM notes, transfers, payslips, prescriptions, lab results, sports results, newsletters, property
    notices, parcels/SMS/voicemail, powers of attorney, git logs, author lists, phone lists), never run through
    the anonymizer while written -- report on it, never tune on it; --split holdout5: the fifth blind set of
    generate_holdout5.py, written 2026-12-04 blind by a helper session in further genres (veterinary records, chat
    exports, death notices, work references, association minutes, camp sign-up sheets, car rentals, moving e-mail
    threads, OCR invitation forms, order webhooks, CVs, civil status certificates), never run through the
    anonymizer while written -- report on it, never tune on it; --split holdout6: the sixth blind set of
    generate_holdout6.py, written 2026-12-04 blind by a helper session in further genres (guest lists and RSVPs,
    membership renewals, tax notes for an accountant, applicant trackers, discharge letters, meeting and call
    transcripts, dunning letters, flat-share ads, genealogy notes, LaTeX letters, app logs, SQL dumps), never run
    through the anonymizer while written -- report on it, never tune on it; --split holdout7: the seventh blind set
    of generate_holdout7.py, written 2026-12-05 blind by a helper session that read only the docstrings of
    generate_holdout5/6.py and of this file, in further genres (signature sheets, travel expense claims, loan
    applications, used-car sale contracts, tradespeople's quotes, out-of-office replies with signatures, duty
    rosters, babysitter sheets, donation receipts and donor exports, source code with test fixtures, raw e-mail
    source, wills), never run through the anonymizer while written -- report on it, never tune on it; --split
    holdout8: the eighth blind set of generate_holdout8.py, written 2026-12-05 blind by a helper session that read only
    the docstrings of generate_holdout5/6/7.py and of this file, in further genres (dictations with spoken punctuation,
    HR onboarding sheets, residence registration certificates, vaccination records, new-patient questionnaires,
    delayed-baggage claims, contract cancellations, spreadsheet ranges with failing formulas, mail-merge sources,
    event registration exports and badge lists, diary entries, personal letters to translate), never run through the
    anonymizer while written -- report on it, never tune on it; --split holdout9: the ninth blind set of
    generate_holdout9.py, written 2026-12-05 blind by a helper session that read only the docstrings of
    generate_holdout6/7/8.py and of this file, in further genres (lawyers' letters and settlement drafts, nursing
    handovers and home-care tours, pdftotext invoices and shop receipts, classified-ad conversations, class-reunion
    lists, data subject access requests and their exports, customs declarations, bank account switching forms, insurance
    beneficiary designations, LDAP/AD/Graph directory exports, visa invitation letters, emergency files), never run
    through the anonymizer while written -- report on it, never tune on it; --split holdout10: the tenth blind set
    of generate_holdout10.py, written 2026-12-05 blind by a helper session that read only the docstrings of
    generate_holdout7/8/9.py and of this file, in further genres (accident reports, traffic-fine driver forms, visitor
    logs, estate inventories, conveyancing paperwork, parish forms, shareholder registers and KYC exports, travel
    consent for minors, lost-property reports, youth sports registrations, repair-shop receipts, research-study
    screening exports), never run through the anonymizer while written -- report on it, never tune on it; --split
    holdout11: the eleventh blind set of generate_holdout11.py, written 2026-12-05 blind by a helper session that read
    only the docstrings of generate_holdout8/9/10.py and of this file, in further genres (dental and physiotherapy
    appointment reminders, online-pharmacy orders, wedding planning sheets, gym check-in exports, job interview
    scheduling threads, owners' association notices and proxies, kindergarten pick-up authorisations, card disputes
    and fraud reports, hotel guest registration cards, mobile contract orders and number porting, utility meter
    readings, FHIR/HL7 healthcare payloads), never run through the anonymizer while written -- report on it, never
    tune on it; --split holdout12: the twelfth blind set of generate_holdout12.py, written 2026-12-05 blind by a
    helper session that read only the docstrings of generate_holdout9/10/11.py and of this file, in further genres
    (building and parking permit applications, debt enforcement and garnishment notices, pension claims and
    statements, foster care reports, insurance policy schedules, certified translation and interpreter bookings,
    charter crew lists and club logbooks, library overdue notices and borrower exports, Slack/Teams/Jira/GitHub
    exports with stack traces, PDF form dumps (pdftk, FDF, XFDF) and logfmt logs, speech-recognition transcripts
    and subtitles, address label sheets, envelopes, ZPL labels and mail forwarding orders), never run through the
    anonymizer while written -- report on it, never tune on it; --split holdout13: the thirteenth blind set of
    generate_holdout13.py, written 2026-12-05 blind by a helper session that read only the docstrings of
    generate_holdout10/11/12.py and of this file, in further genres (school trip permission slips, tutoring and music
    lesson schedules, choir and orchestra member lists, allotment garden registers and letters, ski and sailing course
    bookings, lost and found pet posters and chip registry records, neighbourhood watch chats, blood donation
    appointment exports, courier delivery exception logs, ride-hailing receipts and support complaints, scholarship
    references and academic transcripts, prison visit requests), never run through the anonymizer while written --
    report on it, never tune on it; --split holdout14: the fourteenth blind set of generate_holdout14.py, written
    2026-12-05 blind by a helper session that read only the docstrings of generate_holdout11/12/13.py and of this
    file, in further genres (au pair matching, midwife bookings and visit logs, poll worker staffing, driving school
    enrolments and lesson exports, heat pump grant applications, shared-expense exports and chats, newspaper delivery
    rounds, chimney sweep notices in capitals, shop loyalty member exports, fishing and hunting licences, household
    survey contact sheets and panel exports, cemetery grave registers and leases), never run through the anonymizer
    while written -- report on it, never tune on it; --split holdout15: the fifteenth blind set of
    generate_holdout15.py, written 2026-12-05 blind by a helper session that read only the docstrings of
    generate_holdout12/13/14.py and of this file, in further genres (jury and lay-judge lists, flea market stall
    registers, film call sheets and model releases, tattoo consent forms and bookings, patent inventor designations,
    bulky waste collections, household employment, first aid course registers, home swaps, prize draws and
    giveaways, naturalisation applications, guardianship reports), never run through the anonymizer while written
    -- report on it, never tune on it; --split holdout16: the sixteenth blind set of generate_holdout16.py, written
    2026-12-05 blind by a helper session that read only the docstrings of generate_holdout13/14/15.py and of this
    file (and, by a slip it recorded, the subject lines of the five latest commits), in further genres (beekeeping
    associations, hospital chaplaincy, amateur radio logs, dog walking services, grape-harvest helpers, bicycle
    marking registers, food banks, crowdfunding backer exports, language tandems, repair cafés, self storage,
    neighbour and family mediation), never run through the anonymizer while written -- report on it, never tune on
    it; --split holdout17: the seventeenth blind set of generate_holdout17.py, written 2026-12-05 blind by a helper
    session that read only the docstrings of generate_holdout14/15/16.py and of this file, in further genres
    (blood-pressure diaries shared with a GP, pawnbrokers' pledge tickets and registers, lottery syndicates, dance
    school couples lists and entries, hair and beauty salons, neighbours' heating-oil group orders, school-run and
    commuter car pools, coach tours and pilgrimages, livery yards and riding stables, non-emergency patient
    transport, public-transport fare penalties and appeals, auction houses), never run through the anonymizer while
    written -- report on it, never tune on it; --split holdout18: the eighteenth blind set of generate_holdout18.py,
    written 2026-12-05 blind by a helper session that read only the docstrings of generate_holdout15/16/17.py and of
    this file, in further genres (climbing gyms, fertility clinics, marina berths, chess tournaments, opticians and
    hearing-aid acousticians, piano tuners, speed dating, psychotherapy practices, tandem paragliding, coworking
    spaces, wildlife rescue stations, drone pilots), never run through the anonymizer while written -- report on
    it, never tune on it; --split holdout19: the nineteenth blind set of generate_holdout19.py, written 2026-12-05
    blind by a helper session that read only the docstrings of generate_holdout16/17/18.py and of this file, in
    further genres (volunteer fire brigades, airline bookings and boarding passes, translation-memory files,
    mountain huts and hiking clubs, event accreditation, campsites, locksmiths, print shops, WHOIS/RDAP records,
    school catering, dry cleaners, portrait photographers), never run through the anonymizer while written --
    report on it, never tune on it; --split holdout20: the twentieth blind set of generate_holdout20.py, written
    2026-12-05 blind by a helper session that read only the docstrings of generate_holdout17/18/19.py and of this
    file, in further genres (golf clubs, pest control, burglar-alarm monitoring, home IT support, EV charging, snow
    clearing and grounds care, wine clubs, escape rooms, band and DJ bookings, mobility aids and medical supply
    stores, shooting clubs, party equipment hire), never run through the anonymizer while written -- report on it,
    never tune on it; --split holdout21: the twenty-first blind set of generate_holdout21.py, written 2026-12-05 blind
    by a helper session that read only the docstrings of generate_holdout18/19/20.py and of this file, in further
    genres (astrology, philately, classic car clubs and rallies, tyre storage at garages, museum loans and oral
    history, product recalls, volunteering services, hosting refugees, carnival guilds, dog and cat breeders, amateur
    theatre, podcasts and radio call-ins), never run through the anonymizer while written -- report on it, never tune
    on it; --split holdout22: the twenty-second blind set of generate_holdout22.py, written 2026-12-06 blind by a
    helper session that read only the docstrings of generate_holdout19/20/21.py and of this file, in further genres
    (swimming lessons, benefit claims, diving, football fan clubs, roadside assistance, martial arts, bike leasing,
    community-supported agriculture, match officials, apprenticeships, trade unions, esports), with 1,334 dates of
    birth in 40 formats, about half without a cue word -- never run through the anonymizer while written -- report
    on it, never tune on it; --split holdout23: the twenty-third blind set of generate_holdout23.py, written
    2026-12-06 blind by a helper session that read only the docstrings of generate_holdout20/21/22.py and of this
    file (and evaluate_synthetic's code, for the record format), in further genres (hospital visitor registrations,
    integration and language courses, flat handover protocols, parent-teacher conferences, funeral-home
    arrangements, notary appointments, dog registration and dog tax, telehealth intakes, on-call handovers,
    insurance telematics exports, meals on wheels, vehicle registration), never run through the anonymizer while
    written -- report on it, never tune on it; --split holdout24: the twenty-fourth blind set of
    generate_holdout24.py, written 2026-12-06 blind by a helper session that read only the docstrings of
    generate_holdout21/22/23.py and of this file (and evaluate_synthetic's code), in further genres (window
    cleaners' rounds, sauna clubs, bell-ringer rotas, cooking classes, ski-lift season passes, bakery pre-orders,
    children's party bookings, student residences, animal shelter adoptions, tennis clubs, skittles and bowling
    clubs, balcony solar), with a street and its town line as two values -- never run through the anonymizer while
    written -- report on it, never tune on it; --split holdout25: the twenty-fifth blind set of
    generate_holdout25.py, written 2026-12-06 blind by a helper session that read only the docstrings of
    generate_holdout22/23/24.py and of this file (and evaluate_synthetic's code), in further genres (rowing and
    canoe clubs, model railway clubs, adult education courses, makerspaces, podiatry, speech therapy, pigeon
    racing, care-home waiting lists, bridge clubs, observatories, yoga studios and retreats, theatre and concert
    subscriptions) -- never run through the anonymizer while written -- report on it, never tune on it;
    --split holdout26: the twenty-sixth blind set of generate_holdout26.py, written 2026-12-06 blind by a helper
    session that read only the docstrings of generate_holdout23/24/25.py and of this file (and evaluate_synthetic's
    code), in further genres (mushroom inspection, alpine summer grazing, holiday dialysis, sleep labs, radiology
    forms and DICOM dumps, orienteering, songwriter split sheets, town twinning, doctoral defences, Toastmasters
    clubs, toad-crossing patrols, St Nicholas home visits) -- never run through the anonymizer while written --
    report on it, never tune on it; --split holdout27: the twenty-seventh blind set of generate_holdout27.py,
    written 2026-12-06 blind by a helper session that read only the docstrings of generate_holdout24/25/26.py and
    of this file (and evaluate_synthetic's code), in further genres (curling clubs, pub quiz leagues, book clubs,
    folk dance groups, nutrition counselling, housing co-operatives, notice of marriage, gliding clubs, tailors,
    kitchen studios, youth circus schools, passport applications) -- never run through the anonymizer while
    written -- report on it, never tune on it; --split holdout28: the twenty-eighth blind set of
    generate_holdout28.py, written 2026-12-06 blind by a helper session that read only the docstrings of
    generate_holdout25/26/27.py and of this file (and evaluate_synthetic's code), in further genres (bird surveys
    and ringing stations, community hall rentals, forestry firewood orders, pottery studios, photo club
    competitions, quilting and knitting guilds, scout groups, pet boarding kennels, occupational health services,
    cycling sportives, lifeguard and water rescue clubs, dairy co-operatives) -- never run through the anonymizer
    while written -- report on it, never tune on it; --split holdout29: the twenty-ninth blind set of
    generate_holdout29.py, written 2026-12-06 blind by a helper session that read only the docstrings of
    generate_holdout26/27/28.py and of this file (and evaluate_synthetic's code), in further genres (home-brewing
    clubs, land surveyors' boundary meetings, jewellers and goldsmiths, private investigators, naturopaths,
    fencing clubs, municipal birthday and anniversary congratulations, fairground showmen, tourist guides,
    language exam registrations, citizens' energy co-operatives, zoo sponsorships and passes) -- never run
    through the anonymizer while written -- report on it, never tune on it; --split holdout30: the thirtieth blind
    set of generate_holdout30.py, written 2026-12-06 blind by a helper session that read only the docstrings of
    generate_holdout27/28/29.py and of this file (and evaluate_synthetic's code), in further genres (second-hand and
    antiquarian bookshops, upholsterers, student exchange host families, municipal election candidate lists,
    consignment shops and children's clothing bazaars, tool libraries, student societies and alumni associations,
    Christmas tree farms, spa cures, florists, cider mills and fruit presses, personal emergency alarms) -- never
    run through the anonymizer while written -- report on it, never tune on it; --split holdout31: the thirty-first
    blind set of generate_holdout31.py, written 2026-12-06 blind by a helper session that read only the docstrings
    of generate_holdout28/29/30.py and of this file (and evaluate_synthetic's code), in further genres (ski and
    snowboard rental waivers, carsharing damage reports, orthodontic treatment plans, organ and stem-cell donor
    registrations, fibre-optic connection orders, safe-deposit boxes, company-car logbooks, parental leave requests,
    conference speaker submissions and expenses, music-shop instrument rentals, debt counselling, IT equipment
    handovers) -- never run through the anonymizer while written -- report on it, never tune on it;
    --split holdout32: the thirty-second blind set of generate_holdout32.py, written 2026-12-06 blind by a helper
    session that read only the docstrings of generate_holdout29/30/31.py and of this file (and evaluate_synthetic's
    code), in further genres (appliance warranty claims, moving-company quotes and inventories, sports-club transfer
    requests, cleaning-service schedules, pharmacy home-delivery rounds, daycare registrations and waiting lists,
    gift vouchers, car-dealer test drives, temp-agency assignments and timesheets, heating and boiler servicing,
    parking-space rentals, corporate client gifts) -- never run through the anonymizer while written -- report on it,
    never tune on it; --split holdout33: the thirty-third blind set of generate_holdout33.py, written 2026-12-07 blind
    by a helper session that read only the docstrings of generate_holdout30/31/32.py and of this file (and
    evaluate_synthetic's code), in further genres (hot-air balloon rides, go-kart tracks and driver waivers,
    river-cruise bookings and manifests, tree surgeons and felling permits, hospice volunteer visiting, pet insurance
    claims, private-well water testing, thesis supervision agreements, stairlift surveys, private pool maintenance,
    guide-dog schools and puppy raisers, end-of-life vehicle scrapping) -- never run through the anonymizer while
    written -- report on it, never tune on it; --split holdout34: the thirty-fourth blind set of
    generate_holdout34.py, written 2026-12-07 blind by a helper session that read only the docstrings of
    generate_holdout31/32/33.py and of this file (and evaluate_synthetic's code), in further genres (home-education
    notices and school-attendance exemptions, lift maintenance and entrapment call-outs, home blood-draw visits, rent
    tribunal and conciliation hearings, cable-car and funicular seasonal staff, bicycle-courier payouts, prosthetics
    and orthotics workshops, community radio volunteers and guests, recognition of foreign qualifications, septic
    tank emptying, sports medical certificates, taxi and private-hire driver licensing) -- never run through the
    anonymizer while written -- report on it, never tune on it; --split holdout35: the thirty-fifth blind set of
    generate_holdout35.py, written 2026-12-07 blind by a helper session that read only the docstrings of
    generate_holdout32/33/34.py and of this file (and evaluate_synthetic's code), in further genres (running-race
    entries and results, legal aid applications, emergency glaziers and glass breakage, farriers' rounds, energy
    performance certificates and home energy audits, key and access-badge registers, voluntary service year and
    civilian service placements, street-party and block-party road closures, farm-animal holding and movement
    reports, works-council and staff-representative elections, memorial stonemasons' inscriptions, personal
    trainers' intakes and schedules) -- never run through the anonymizer while written -- report on it, never tune
    on it; --split holdout36: the thirty-sixth blind set of generate_holdout36.py, written 2026-12-07 blind by a
    helper session that read only the docstrings of generate_holdout33/34/35.py and of this file (and
    evaluate_synthetic's code), in further genres (housing co-operative member and waiting lists, campsite and
    caravan-site registrations, hairdresser and barber booking exports and reminders, harbour berth and mooring
    registers, hackathon team registrations, bulky-waste and recycling pickup requests, raffle and tombola winner
    notices, student exchange learning agreements and applications, occupational therapy progress notes, lift
    maintenance logs and trapped-person call logs, grape-harvest helper sign-ups, commuter carpool boards and chats)
    -- never run through the anonymizer while written -- report on it, never tune on it; --split holdout37: the
    thirty-seventh blind set of generate_holdout37.py, written 2026-12-07 blind by a helper session that read only
    the docstrings of generate_holdout34/35/36.py and of this file (and evaluate_synthetic's code), in further
    genres (mountain rescue call-outs and incident reports, towing and impound-lot releases, metal-detecting finds
    reports and club logs, street-music and busking permits, school-bus applications and route lists, name-change
    applications and deed polls, exam access arrangements and accommodations, pet cremation orders, open-garden
    schemes, short-story competition entries, volunteer weather observers, body donation to anatomy institutes,
    subletting consent requests) -- never run through the anonymizer while written -- report on it, never tune on
    it; --split holdout38: the thirty-eighth blind set of generate_holdout38.py, written 2026-12-07 blind by a helper
    session that read only the docstrings of generate_holdout35/36/37.py and of this file (and evaluate_synthetic's
    code), in further genres (public consultation submissions on development plans, open-mic, karaoke and
    poetry-slam sign-ups, noise complaint diaries, radon measurement campaigns, archive reading-room registrations
    and genealogy enquiries, employee suggestion schemes, school medication and allergy action plans, citizens'
    assembly sortition, postal-vote and proxy-vote applications, dormant accounts claimed by heirs, self-publishing
    and legal-deposit forms, shared laundry-room rotas, sole-trader business registrations) -- never run through the
    anonymizer while written -- report on it, never tune on it; --split holdout39: the thirty-ninth blind set of
    generate_holdout39.py, written 2026-12-07 blind by a helper session that read only the docstrings of
    generate_holdout36/37/38.py and of this file (and the code of evaluate_synthetic and main), in further genres
    (online and paper condolence books and thank-you notices, scaffolding, crane and skip permits on public ground,
    tenant access appointments for meter readings and smoke-alarm checks, car-ferry and island-ferry bookings and
    manifests, parish rotas for readers, servers and sacristans with birthday visits, memorial benches and trees in
    parks, public-transport season tickets, sick-leave notifications and absence records, water damage between
    neighbours, class-parent contact lists and chats, doorbell and letterbox name-plate orders, beach huts and lido
    cabins, bicycle theft reports) -- never run through the anonymizer while written -- report on it, never tune on
    it; --split holdout40: the fortieth blind set of generate_holdout40.py, written 2026-12-07 blind by a helper
    session that read only the docstrings of generate_holdout37/38/39.py and of this file (and the code of
    evaluate_synthetic and main), in further genres (youth music competitions, holiday-let registrations and
    tourist-tax returns, leaving a church, cancer-screening invitations, co-parenting plans, school work-experience
    placements, volunteer reading mentors, mountain-guide bookings, rent guarantors, boat licence exams, human milk
    banks, care-needs assessments, volunteer community transport) -- never run through the anonymizer while
    written -- report on it, never tune on it; --split holdout41: the forty-first blind set of
    generate_holdout41.py, written 2026-12-08 blind by a helper session that read only the docstrings of
    generate_holdout38/39/40.py and of this file (and the code of evaluate_synthetic and main, and the record format
    from two lines of holdout40's data), in further genres (Secret Santa and gift exchanges, school sponsored runs,
    university enrolment, foreign driving-licence exchange, municipal defect reports, bonfire and open-burning
    notifications, workplace fire wardens, criminal-record certificates for volunteers, tabletop role-playing and
    board-game groups, walking school buses, furniture delivery and assembly, team kit orders with printed names,
    birth announcements and baby cards) -- never run through the anonymizer while written -- report on it, never
    tune on it), and
(b) person names in GermEval 2014 NER-de-dev (/work/shared/data/germeval2014).

Matching rules
* synthetic: a gold entity is recalled if predictions of the same type cover
  all of its characters (a partially masked name still leaks); a prediction
  is correct if it overlaps a gold entity of the same type.
* GermEval: only B-PER/I-PER (outer column) are persons; a predicted span is
  correct if it equals the gold span or the gold span minus a trailing
  genitive "s" ("Birchers" -> "Bircher").
* person recall is also reported separately for gold names none of whose
  words is in the detector's name lists (held-out; the synthetic names come
  from Faker, the detector's lists do not).

Leak = share of gold values not fully masked (1 - recall), per type and over all values; the
person rows also say which detector masked the found names (rules "persons", learned
"names-crf", its forms model on structured lines "names-crf-forms").  --rules-only switches the
learned name detector off; --no-forms its forms model alone.

Usage (repo root): python bench/privacy/evaluate.py
[--split test|dev|independent|holdout|holdout2|...|holdout38|holdout39|holdout40|holdout41]
[--rules-only | --no-forms] [--germeval PATH]
Prints markdown tables (for the README).
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from tarnkappe.privacy import Anonymizer, PrivacyConfig  # noqa: E402
from tarnkappe.privacy.learned import LearnedNameDetector  # noqa: E402
from tarnkappe.privacy.names import load_lexicon  # noqa: E402

DATA = pathlib.Path(__file__).resolve().parent / "data"
GERMEVAL = pathlib.Path("/work/shared/data/germeval2014/NER-de-dev.tsv")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


class Counts:
    """tp/fp/fn bookkeeping with P, R, F2."""

    def __init__(self) -> None:
        self.tp_r = self.fn = self.tp_p = self.fp = 0

    def p(self) -> float:
        n = self.tp_p + self.fp
        return self.tp_p / n if n else float("nan")

    def r(self) -> float:
        n = self.tp_r + self.fn
        return self.tp_r / n if n else float("nan")

    def f2(self) -> float:
        p, r = self.p(), self.r()
        if p != p or r != r or (4 * p + r) == 0:
            return float("nan")
        return 5 * p * r / (4 * p + r)


def _fmt(x: float) -> str:
    return "–" if x != x else f"{x:.3f}"


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    chars = set(range(start, end))
    for s, e in spans:
        chars.difference_update(range(s, e))
        if not chars:
            return True
    return not {i for i in chars}


def _held_out(name: str) -> str:
    lex = load_lexicon()
    words = [w for w in _WORD.findall(name) if len(w) > 1]
    known = [lex.is_known_name(w) or lex.is_known_name(w.capitalize()) for w in words]
    if all(known):
        return "in-list"
    if not any(known):
        return "held-out"
    return "mixed"


def evaluate_synthetic(anonymizer: Anonymizer, split: str) -> tuple[str, dict]:
    path = DATA / f"synthetic_{split}.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    table: dict[tuple[str, str], Counts] = collections.defaultdict(Counts)
    person_groups: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    by_detector: collections.Counter[str] = collections.Counter()
    t0 = time.perf_counter()
    for doc in docs:
        text, lang = doc["text"], doc["lang"]
        preds = anonymizer.detect(text)
        by_type: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
        for p in preds:
            by_type[p.type].append((p.start, p.end))
        for g in doc["entities"]:
            hit = _covered(g["start"], g["end"], by_type[g["type"]])
            for key in ((g["type"], lang), (g["type"], "all")):
                c = table[key]
                if hit:
                    c.tp_r += 1
                else:
                    c.fn += 1
            if g["type"] == "PERSON":
                if hit:
                    by_detector["+".join(sorted({p.detector for p in preds if p.type == "PERSON"
                                                  and p.start < g["end"] and g["start"] < p.end}))] += 1
                grp = person_groups[_held_out(g["text"])]
                grp[0] += hit
                grp[1] += 1
        for p in preds:
            ok = any(g["type"] == p.type and g["start"] < p.end and p.start < g["end"] for g in doc["entities"])
            for key in ((p.type, lang), (p.type, "all")):
                c = table[key]
                if ok:
                    c.tp_p += 1
                else:
                    c.fp += 1
    elapsed = time.perf_counter() - t0
    langs = ["de", "fr", "it", "en", "all"]
    types = sorted({t for t, _ in table})
    lines = [
        f"Synthetic {split} split: {len(docs)} documents, "
        f"{sum(len(d['entities']) for d in docs)} gold entities ({elapsed * 1000 / len(docs):.2f} ms/doc)",
        "",
        "| type | " + " | ".join(f"{lang} P / R / F2" for lang in langs) + " |",
        "|---|" + "---|" * len(langs),
    ]
    for t in types:
        cells = []
        for lang in langs:
            c = table.get((t, lang))
            if c is None or (c.tp_r + c.fn + c.tp_p + c.fp) == 0:
                cells.append("")
            else:
                cells.append(f"{_fmt(c.p())} / {_fmt(c.r())} / {_fmt(c.f2())}")
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    lines += ["", "| leak (gold values not fully masked) | " + " | ".join(langs) + " |",
              "|---|" + "---|" * len(langs)]
    for t in [*types, "all values"]:
        cells = []
        for lang in langs:
            cs = [table.get((tt, lang)) for tt in (types if t == "all values" else [t])]
            fn = sum(c.fn for c in cs if c)
            n = sum(c.fn + c.tp_r for c in cs if c)
            cells.append(f"{fn / n:.3f} ({fn}/{n})" if n else "")
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    # Over-masking: masked spans that overlap no gold value of their type (order numbers, prices,
    # invoice dates, versions, towns, companies ... masked for nothing), per all masked spans.
    fp = sum(c.fp for (t, lang), c in table.items() if lang == "all")
    n = fp + sum(c.tp_p for (t, lang), c in table.items() if lang == "all")
    fp_np = sum(c.fp for (t, lang), c in table.items() if lang == "all" and t != "PERSON")
    n_np = fp_np + sum(c.tp_p for (t, lang), c in table.items() if lang == "all" and t != "PERSON")
    lines += ["", f"over-masking (masked spans overlapping no gold value of their type): all types "
              f"{fp / n if n else 0:.4f} ({fp}/{n}); without PERSON {fp_np / n_np if n_np else 0:.4f} ({fp_np}/{n_np})"]
    lines += ["", "| PERSON found by detector | names |", "|---|---|"]
    lines += [f"| {k or '?'} | {v} |" for k, v in by_detector.most_common()]
    lines += ["", "| PERSON gold names by lexicon membership | n | recall |", "|---|---|---|"]
    for grp in ("in-list", "mixed", "held-out"):
        hit, n = person_groups.get(grp, [0, 0])
        lines.append(f"| {grp} | {n} | {_fmt(hit / n if n else float('nan'))} |")
    return "\n".join(lines), table


def read_germeval(path: pathlib.Path) -> list[tuple[str, list[tuple[int, int]]]]:
    """Sentences as (text joined by spaces, gold PER char spans)."""
    sentences = []
    tokens: list[tuple[str, str]] = []

    def flush() -> None:
        if not tokens:
            return
        text_parts: list[str] = []
        spans: list[tuple[int, int]] = []
        pos = 0
        cur: list[int] | None = None
        for tok, tag in tokens:
            start = pos
            text_parts.append(tok)
            pos += len(tok) + 1
            if tag == "B-PER":
                if cur:
                    spans.append((cur[0], cur[1]))
                cur = [start, start + len(tok)]
            elif tag == "I-PER" and cur is not None:
                cur[1] = start + len(tok)
            else:
                if cur:
                    spans.append((cur[0], cur[1]))
                cur = None
        if cur:
            spans.append((cur[0], cur[1]))
        sentences.append((" ".join(text_parts), spans))
        tokens.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            flush()
            continue
        if not line.strip():
            flush()
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            tokens.append((cols[1], cols[2]))
    flush()
    return sentences


def evaluate_germeval(anonymizer: Anonymizer, path: pathlib.Path) -> str:
    sentences = read_germeval(path)
    exact, lenient = Counts(), Counts()
    t0 = time.perf_counter()
    for text, gold in sentences:
        preds = [(e.start, e.end) for e in anonymizer.detect(text) if e.type == "PERSON"]
        accepted = set()
        for s, e in gold:
            accepted.add((s, e))
            if text[s:e].endswith("s"):
                accepted.add((s, e - 1))
        for s, e in gold:
            ok = (s, e) in preds or (text[s:e].endswith("s") and (s, e - 1) in preds)
            exact.tp_r += ok
            exact.fn += not ok
            ov = any(ps < e and s < pe for ps, pe in preds)
            lenient.tp_r += ov
            lenient.fn += not ov
        for p in preds:
            exact.tp_p += p in accepted
            exact.fp += p not in accepted
            ov = any(p[0] < e and s < p[1] for s, e in gold)
            lenient.tp_p += ov
            lenient.fp += not ov
    elapsed = time.perf_counter() - t0
    return "\n".join([
        f"GermEval 2014 NER-de-dev, persons: {len(sentences)} sentences, "
        f"{sum(len(g) for _, g in sentences)} gold PER ({elapsed * 1000 / len(sentences):.2f} ms/sentence)",
        "",
        "| matching | P | R | F2 |",
        "|---|---|---|---|",
        f"| exact (or gold minus genitive s) | {_fmt(exact.p())} | {_fmt(exact.r())} | {_fmt(exact.f2())} |",
        f"| any overlap (for information) | {_fmt(lenient.p())} | {_fmt(lenient.r())} | {_fmt(lenient.f2())} |",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="test",
                    choices=("dev", "test", "independent", "holdout",
                             *(f"holdout{n}" for n in range(2, 42))))
    ap.add_argument("--rules-only", action="store_true", help="without the learned name detector")
    ap.add_argument("--no-forms", action="store_true", help="the learned name detector without its forms model")
    ap.add_argument("--germeval", type=pathlib.Path, default=GERMEVAL)
    args = ap.parse_args(argv)
    learned = None if args.rules_only or not args.no_forms else LearnedNameDetector(load_lexicon(), forms=False)
    anonymizer = Anonymizer(PrivacyConfig(learned_names=not args.rules_only), learned=learned)
    print(evaluate_synthetic(anonymizer, args.split)[0])
    print()
    if args.germeval.exists():
        print(evaluate_germeval(anonymizer, args.germeval))
    else:
        print(f"GermEval file not found: {args.germeval} (skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
