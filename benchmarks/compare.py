"""geoecon beside Recognizers-Text, quantulum3 and dateparser on the same inputs, measured.

Usage: ``.venv/bin/python benchmarks/compare.py [--repeats 10] [--no-suites] [--recognizers-python PATH]
[--no-recognizers]``

What it prints (Markdown, pasted into ``docs/comparison.md``):

1. Probe tables: 26 short inputs typical of news, the answer the gold schema
   (``../shared/eval/SCHEMA.md``) expects, and what each tool returned, marked right or wrong
   by the rules in :func:`judge`. Reference date 2024-03-14 (a Thursday).
2. A count of right rows per tool.
3. Time per input on the same 26 inputs: one warm-up pass, then the mean of ``--repeats`` passes.
4. Scores on the public test suites of Duckling, Recognizers-Text and quantulum3 converted to the
   gold schema (``../shared/peer-suites``) and on the dev set (``../shared/dev``): geoecon's as
   printed by ``../shared/eval/report.py``, and the peers' after converting their output to the
   schema with the adapters in this file, scored by the same ``score.py``.

Recognizers-Text (PyPI ``recognizers-text-suite`` 1.0.2a2) is not a dependency of geoecon. It
runs in a separate interpreter that this script starts with ``--rt-worker``; by default
``$GEOECON_RT_PYTHON`` or ``/tmp/rt/bin/python``. To make one::

    python3 -m venv /tmp/rt && /tmp/rt/bin/pip install recognizers-text-suite==1.0.2a2 "emoji<1.0"

(1.0.2a2 imports ``emoji.UNICODE_EMOJI``, which emoji 1.0 removed.) Without it, and without
``../shared`` for part 4, those parts are skipped with a message. Duckling is a Haskell server
and is not run here; its test corpus is scored in part 4.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import logging
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
SHARED = HERE.parents[2] / "shared"
REFERENCE = dt.date(2024, 3, 14)
RT_DEFAULT = Path("/tmp/rt/bin/python")
TOOLS = ("geoecon", "Recognizers-Text", "quantulum3", "dateparser")

Record = dict[str, Any]  # one mention in the gold schema


# ----------------------------------------------------------------------------- the probes
@dataclass(frozen=True)
class Want:
    """One mention the gold schema expects."""

    kind: str
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    currency: str | None = None
    per: str | None = None
    unit: str | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    modifier: str | None = None
    straddle: bool = False  # a split year: starts in first.year and ends in last.year
    label: str = ""


@dataclass(frozen=True)
class Probe:
    """An input and the mentions it should give."""

    text: str
    wants: tuple[Want, ...]

    @property
    def is_date(self) -> bool:
        """True for the rows about dates; the others must give no date at all."""
        return self.wants[0].kind == "date"


def _money(amount: str | None, currency: str, per: str | None = None, low: str = "", high: str = "") -> Want:
    label = f"{low}–{high}" if low else str(amount)
    label += f" {currency}" + (f" per {per}" if per else "")
    return Want(
        "money",
        value=Decimal(amount) if amount else None,
        low=Decimal(low) if low else None,
        high=Decimal(high) if high else None,
        currency=currency,
        per=per,
        label=label,
    )


def _tonnes(tonnes: str | None, per: str | None = None, low: str = "", high: str = "") -> Want:
    label = (f"{low}–{high}" if low else str(tonnes)) + " t" + (f" per {per}" if per else "")
    return Want(
        "tonnage",
        value=Decimal(tonnes) if tonnes else None,
        low=Decimal(low) if low else None,
        high=Decimal(high) if high else None,
        per=per,
        label=label,
    )


def _percent(value: str, unit: str) -> Want:
    return Want("percentage", value=Decimal(value), unit=unit, label=f"{value} {unit}")


def _date(label: str, first: str, last: str, modifier: str | None = None, straddle: bool = False) -> Want:
    return Want(
        "date",
        first=dt.date.fromisoformat(first),
        last=dt.date.fromisoformat(last),
        modifier=modifier,
        straddle=straddle,
        label=label,
    )


PROBES: tuple[Probe, ...] = (
    Probe("a €50 billion aid package", (_money("50000000000", "EUR"),)),
    Probe("$34bn of Chinese goods", (_money("34000000000", "USD"),)),
    Probe("£1.2bn", (_money("1200000000", "GBP"),)),
    Probe("USD34.6 million", (_money("34600000", "USD"),)),
    Probe("Rs 4,500 crore", (_money("45000000000", "INR"),)),
    Probe("A$205 million", (_money("205000000", "AUD"),)),
    Probe("Japan ¥300 billion", (_money("300000000000", "JPY"),)),
    Probe("Between $3 and $5 billion", (_money(None, "USD", low="3000000000", high="5000000000"),)),
    Probe("$2,655 per ton", (_money("2655", "USD", per="t"),)),
    Probe(
        "100,000 yuan ($13,800) a tonne", (_money("100000", "CNY", per="t"), _money("13800", "USD", per="t"))
    ),
    Probe("about 2 million tonnes a year", (_tonnes("2000000", per="year"),)),
    Probe("3-5 million tonnes", (_tonnes(None, low="3000000", high="5000000"),)),
    Probe("half a million tonnes", (_tonnes("500000"),)),
    Probe("500 kt", (_tonnes("500000"),)),
    Probe("2.5 Mt", (_tonnes("2500000"),)),
    Probe("1.5 percentage points", (_percent("1.5", "percentage_point"),)),
    Probe("50 basis points", (_percent("50", "basis_point"),)),
    Probe("$85 a barrel", (_money("85", "USD", per="bbl"),)),
    Probe("about 74% of", (_percent("74", "percent"),)),
    Probe("said on Thursday", (_date("2024-03-14 (day)", "2024-03-14", "2024-03-14"),)),
    Probe("in July 2018", (_date("2018-07 (month)", "2018-07-01", "2018-07-31"),)),
    Probe("the third quarter of 2024", (_date("2024-Q3", "2024-07-01", "2024-09-30"),)),
    Probe("mid-2025", (_date("2025, modifier mid", "2025-01-01", "2025-12-31", modifier="mid"),)),
    Probe("2022/23", (_date("split year 2022/23", "2022-01-01", "2023-12-31", straddle=True),)),
    Probe("the 1990s", (_date("199X (decade)", "1990-01-01", "1999-12-31"),)),
    Probe("last year", (_date("2023 (year)", "2023-01-01", "2023-12-31"),)),
)


# ----------------------------------------------------------------------------- judging
def _dec(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _same(got: object, want: Decimal | None, relative: Decimal) -> bool:
    number = _dec(got)
    if want is None or number is None:
        return want is None and number is None
    return abs(number - want) <= relative * abs(want)


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def satisfies(want: Want, mention: Record, *, lenient: bool = False) -> bool:
    """Whether ``mention`` (gold schema) gives what ``want`` asks for.

    Numbers: equal (tonnes within 0.1 %, as score.py), low/high likewise, same ISO currency,
    same ``per`` when one is expected, same percentage unit. Dates: the same first and last
    day (a split year: any period from 2022 into 2023), and the modifier when one is expected.
    ``lenient``: the returned date or period lies inside the expected period (grain may be lost).
    """
    if mention.get("kind") != want.kind:
        return False
    if want.kind != "date":
        key = {"money": "amount", "tonnage": "tonnes", "percentage": "value"}[want.kind]
        tolerance = Decimal("0.001") if want.kind == "tonnage" else Decimal(0)
        return (
            _same(mention.get(key), want.value, tolerance)
            and _same(mention.get("low"), want.low, tolerance)
            and _same(mention.get("high"), want.high, tolerance)
            and (want.currency is None or mention.get("currency") == want.currency)
            and (want.per is None or mention.get("per") == want.per)
            and (want.unit is None or mention.get("unit") == want.unit)
        )
    first, last = _day(mention.get("start_date")), _day(mention.get("end_date"))
    if first is None or last is None or want.first is None or want.last is None:
        return False
    if lenient:
        return want.first <= first <= last <= want.last
    if want.straddle:
        same_period = first.year == want.first.year and last.year == want.last.year
    else:
        same_period = (first, last) == (want.first, want.last)
    return same_period and (want.modifier is None or mention.get("modifier") == want.modifier)


def judge(tool: str, probe: Probe, mentions: Sequence[Record], *, lenient: bool = False) -> str:
    """Return "✓", "✗" or "–" (not scored) for one tool on one probe.

    geoecon and Recognizers-Text: every expected mention is found, and a row that is not a date
    gives no date. quantulum3 (no dates): the amount rows only. dateparser (dates only): the date
    rows, and on the amount rows "right" means that it found no date.
    """
    dates = [m for m in mentions if m.get("kind") == "date"]
    if tool == "quantulum3" and probe.is_date:
        return "–"
    if tool == "dateparser" and not probe.is_date:
        return "✗" if dates else "✓"
    found = all(any(satisfies(w, m, lenient=lenient) for m in mentions) for w in probe.wants)
    if not probe.is_date and tool != "quantulum3" and dates:
        found = False
    return "✓" if found else "✗"


# ----------------------------------------------------------------------------- geoecon
def geoecon_run(text: str, reference: dt.date | None) -> list[Record]:
    """Run geoecon and return its records in the gold schema (plain JSON values)."""
    import geoecon  # noqa: PLC0415 - the --rt-worker interpreter has no geoecon

    rows = []
    for record in geoecon.extract(text, reference_date=reference).to_records():
        row = {k: (format(v, "f") if isinstance(v, Decimal) else v) for k, v in record.items()}
        row["surface"] = row.pop("text")
        rows.append(row)
    return rows


def show_schema(mentions: Sequence[Record]) -> str:
    """One short line per mention: surface, then the normalised fields."""
    parts = []
    for m in mentions:
        if m["kind"] == "place":
            continue
        if m["kind"] == "date":
            fields = f"{m.get('value')} ({m.get('granularity')})"
            fields += f" mod {m['modifier']}" if m.get("modifier") else ""
        else:
            key = {"money": "amount", "tonnage": "tonnes", "percentage": "value", "quantity": "value"}
            amount = m.get(key.get(m["kind"], "value"))
            if amount is None and m.get("low") is not None:
                amount = f"{m.get('low')}–{m.get('high')}"
            unit = m.get("currency") if m["kind"] == "money" else m.get("unit")
            fields = f"{amount} {unit}" + (f" per {m['per']}" if m.get("per") else "")
        parts.append(f"`{m['surface']}` → {fields}")
    return "; ".join(parts) or "nothing"


# ----------------------------------------------------------------------------- quantulum3
Q_MASS_T = {
    "tonne": Decimal(1),
    "ton": Decimal(1),
    "short ton": Decimal("0.90718474"),
    "long ton": Decimal("1.0160469088"),
    "kilogram": Decimal("0.001"),
    "gram": Decimal("0.000001"),
    "milligram": Decimal("0.000000001"),
    "pound-mass": Decimal("0.00045359237"),
    "ounce": Decimal("0.00045359237") / 16,
}
Q_PER = {
    "tonne": "t",
    "ton": "t",
    "short ton": "t",
    "long ton": "t",
    "barrel": "bbl",
    "ounce": "oz",
    "pound-mass": "lb",
    "kilogram": "kg",
    "day": "day",
    "month": "month",
    "year": "year",
    "hour": "hour",
}
Q_PERCENT = {"percentage": "percent", "basis point": "basis_point"}
# Currency words a tool gives without an ISO code, read as the gold suites read them
# (../shared/peer-suites/README.md): bare dollar USD, pound GBP, cent USD/100, dime USD/10,
# pence GBP/100, penny no currency /100.
BARE_CURRENCY: dict[str, tuple[str | None, Decimal]] = {
    "dollar": ("USD", Decimal(1)),
    "pound": ("GBP", Decimal(1)),
    "cent": ("USD", Decimal("0.01")),
    "dime": ("USD", Decimal("0.1")),
    "pence": ("GBP", Decimal("0.01")),
    "penny": (None, Decimal("0.01")),
}


def quantulum3_parser() -> Callable[[str], list[Any]]:
    """Import quantulum3 with its classifier off and its root-logger set-up silenced."""
    root = logging.getLogger()
    if not root.handlers:  # parse() calls logging.basicConfig on every call: make that a no-op
        root.addHandler(logging.NullHandler())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import quantulum3.classifier  # noqa: PLC0415

        quantulum3.classifier.USE_CLF = False
        from quantulum3 import parser  # noqa: PLC0415
    parse: Callable[[str], list[Any]] = parser.parse
    return parse


def _q_currency(base: str) -> tuple[str | None, Decimal] | None:
    """(ISO code, factor) when quantulum3 files ``base`` under currency, else None."""
    from quantulum3 import load  # noqa: PLC0415

    unit = load.units("en_US").names.get(base)
    if unit is None or unit.entity.name != "currency":
        return None
    code = getattr(unit, "currency_code", None)
    return (str(code), Decimal(1)) if code else BARE_CURRENCY.get(base, (None, Decimal(1)))


def _float(value: float) -> Decimal:
    return Decimal(repr(value)).normalize()


def quantulum3_schema(text: str, quantities: Sequence[Any]) -> list[Record]:
    """Convert quantulum3 quantities to money, tonnage and percentage mentions.

    The unit's dimensions must be one base to the power 1 and at most one to the power -1
    (``per``). Currency: the ISO code quantulum3 itself gives that base, else as
    ``BARE_CURRENCY``. Mass: converted to
    tonnes ("ton" as metric; score.py also accepts the short-ton value). A value with an
    uncertainty, without "±" in the surface, is a range (quantulum3 stores ranges that way).
    """
    out: list[Record] = []
    for q in quantities:
        dims = [(str(d["base"]), int(d["power"])) for d in q.unit.dimensions]
        tops = [b for b, p in dims if p == 1]
        bottoms = [b for b, p in dims if p == -1]
        if len(tops) != 1 or len(bottoms) > 1 or len(tops) + len(bottoms) != len(dims):
            continue
        base, per = tops[0], (bottoms[0] if bottoms else None)
        start, end = q.span
        value = _float(q.value)
        low = high = None
        if q.uncertainty and "±" not in q.surface:
            low, high = value - _float(q.uncertainty), value + _float(q.uncertainty)
        mention: Record = {"start": start, "end": end, "surface": text[start:end]}
        currency = _q_currency(base)
        if currency is not None:
            code, scale = currency
            mention.update(kind="money", key="amount", currency=code)
            if per is not None:
                mention["per"] = Q_PER.get(per, per)
        elif base in Q_MASS_T and (per is None or per in {"day", "month", "year"}):
            scale = Q_MASS_T[base]
            mention.update(kind="tonnage", key="tonnes", unit=base)
            if per is not None:
                mention["per"] = per
        elif base in Q_PERCENT and per is None:
            scale = Decimal(1)
            mention.update(kind="percentage", key="value", unit=Q_PERCENT[base])
        else:
            continue
        key = mention.pop("key")
        if low is not None and high is not None:
            mention.update({key: None, "low": low * scale, "high": high * scale})
        else:
            mention[key] = value * scale
        out.append({k: (format(v, "f") if isinstance(v, Decimal) else v) for k, v in mention.items()})
    return out


def show_quantulum3(quantities: Sequence[Any]) -> str:
    """quantulum3's own answer: surface → value [± uncertainty] unit name."""
    parts = []
    for q in quantities:
        value = format(_float(q.value), "f")
        spread = f" ± {format(_float(q.uncertainty), 'f')}" if q.uncertainty else ""
        parts.append(f"`{q.surface}` → {value}{spread} {q.unit.name}")
    return "; ".join(parts) or "nothing"


# ----------------------------------------------------------------------------- dateparser
def dateparser_search(prefer: str = "past") -> Callable[[str, dt.date | None], list[tuple[str, dt.datetime]]]:
    """Return a function running ``search_dates`` in English with a reference date and preference."""
    from dateparser.search import search_dates  # noqa: PLC0415

    def run(text: str, reference: dt.date | None) -> list[tuple[str, dt.datetime]]:
        settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer}
        if reference is not None:
            settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["en"], settings=settings)
        return [(str(s), d) for s, d in found or []]

    return run


def dateparser_schema(text: str, found: Sequence[tuple[str, dt.datetime]]) -> list[Record]:
    """Each (substring, datetime) becomes a day mention; offsets are found by searching the text."""
    out: list[Record] = []
    position = 0
    for surface, when in found:
        start = text.find(surface, position)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        position = start + len(surface)
        day = when.date().isoformat()
        out.append(
            {
                "kind": "date",
                "start": start,
                "end": start + len(surface),
                "surface": surface,
                "value": day,
                "granularity": "day",
                "start_date": day,
                "end_date": day,
            }
        )
    return out


def show_dateparser(found: Sequence[tuple[str, dt.datetime]]) -> str:
    """Show dateparser's own answer: substring → datetime (time of day only when not midnight)."""
    parts = []
    for surface, when in found:
        shown = when.date().isoformat() if when.time() == dt.time() else when.isoformat()
        parts.append(f"`{surface}` → {shown}")
    return "; ".join(parts) or "nothing"


# ----------------------------------------------------------------------------- Recognizers-Text
RT_MODELS = ("currency", "dimension", "percentage", "datetime")
RT_MASS_T = {
    "Ton": Decimal(1),
    "Metric ton": Decimal(1),
    "Kilogram": Decimal("0.001"),
    "Gram": Decimal("0.000001"),
    "Milligram": Decimal("0.000000001"),
    "Pound": Decimal("0.00045359237"),
    "Ounce": Decimal("0.00045359237") / 16,
}
ISO_TIMEX = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")


def rt_worker() -> None:
    """Run in the Recognizers-Text interpreter: read a job on stdin, write raw results on stdout.

    Job: ``{"repeats": N, "groups": [{"models": [...], "items": [{"text", "reference"}]}]}``.
    Models are built once and reused (the ``recognize_*`` helpers rebuild them on every call).
    """
    job = json.load(sys.stdin)
    from recognizers_date_time import DateTimeRecognizer  # type: ignore[import-not-found]  # noqa: PLC0415
    from recognizers_number import NumberRecognizer  # type: ignore[import-not-found]  # noqa: PLC0415
    from recognizers_number_with_unit import (  # type: ignore[import-not-found]  # noqa: PLC0415
        NumberWithUnitRecognizer,
    )
    from recognizers_text import Culture  # type: ignore[import-not-found]  # noqa: PLC0415

    units = NumberWithUnitRecognizer(Culture.English)
    models: dict[str, Any] = {
        "currency": units.get_currency_model(),
        "dimension": units.get_dimension_model(),
        "percentage": NumberRecognizer(Culture.English).get_percentage_model(),
        "datetime": DateTimeRecognizer(Culture.English).get_datetime_model(),
    }

    def run(text: str, reference: str | None, names: Sequence[str]) -> list[Record]:
        results: list[Record] = []
        for name in names:
            if name == "datetime":
                when = dt.datetime.combine(dt.date.fromisoformat(reference), dt.time()) if reference else None
                found = models[name].parse(text, when)
            else:
                found = models[name].parse(text)
            results.extend(
                {
                    "model": name,
                    "text": r.text,
                    "start": r.start,
                    "end": r.end,
                    "type": r.type_name,
                    "resolution": r.resolution,
                }
                for r in found
            )
        return results

    groups = []
    timing: dict[str, float] = {}
    for group in job["groups"]:
        items = [(i["text"], i.get("reference")) for i in group["items"]]
        names = group["models"]
        start = time.perf_counter()
        outputs = [run(text, ref, names) for text, ref in items]
        first = time.perf_counter() - start
        if job.get("repeats") and not timing:
            start = time.perf_counter()
            for _ in range(job["repeats"]):
                for text, ref in items:
                    run(text, ref, names)
            mean = (time.perf_counter() - start) / (job["repeats"] * len(items))
            timing = {"first_ms": 1000 * first / len(items), "mean_ms": 1000 * mean}
        groups.append(outputs)
    versions = {p: importlib.metadata.version(p) for p in ("recognizers-text-suite", "emoji")}
    json.dump({"groups": groups, "timing": timing, "versions": versions}, sys.stdout, default=str)


def rt_python(option: str | None) -> Path | None:
    """The interpreter that has Recognizers-Text: ``option``, else $GEOECON_RT_PYTHON, else /tmp/rt."""
    candidate = option or os.environ.get("GEOECON_RT_PYTHON") or str(RT_DEFAULT)
    return Path(candidate) if Path(candidate).exists() else None


def rt_call(python: Path, job: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """Run the worker; return (its answer, "") or (None, the reason it failed)."""
    done = subprocess.run(
        [str(python), str(HERE), "--rt-worker"],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        return None, lines[-1] if lines else f"exit status {done.returncode}"
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer, ""


def _rt_pick(values: list[Record], prefer: str) -> Record | None:
    """Pick one of Recognizers-Text's candidates: it lists the past one first, the future one last."""
    usable = [v for v in values if v.get("value") or v.get("start")]
    if not usable:
        return None
    return usable[0] if prefer == "past" else usable[-1]


def rt_schema(text: str, results: Sequence[Record], prefer: str = "past") -> list[Record]:
    """Convert Recognizers-Text results to the gold schema.

    End offsets are inclusive upstream; surfaces are taken from the text. Currency: the
    ``isoCurrency`` it gives, else bare Dollar/Pound/Cent as USD/GBP/USD÷100 (the gold suites'
    convention). Dimension: mass units to tonnes ("Ton" covers tonnes). Percentage: unit percent.
    Datetime: date, daterange (end exclusive upstream) and datetime (its day); durations, times
    and sets are not dates. Where it returns a past and a future candidate, ``prefer`` picks one.
    """
    out: list[Record] = []
    for r in results:
        start, end = int(r["start"]), int(r["end"]) + 1
        base: Record = {"start": start, "end": end, "surface": text[start:end]}
        res = r["resolution"] or {}
        if r["model"] == "currency" and res.get("value") is not None:
            iso = res.get("isoCurrency")
            factor = Decimal(1)
            if not iso:
                iso, factor = BARE_CURRENCY.get(str(res.get("unit")).lower(), (None, Decimal(1)))
            amount = Decimal(res["value"]) * factor
            out.append({**base, "kind": "money", "amount": format(amount, "f"), "currency": iso})
        elif r["model"] == "dimension" and res.get("unit") in RT_MASS_T and res.get("value") is not None:
            tonnes = Decimal(res["value"]) * RT_MASS_T[res["unit"]]
            out.append({**base, "kind": "tonnage", "tonnes": format(tonnes, "f"), "unit": res["unit"]})
        elif r["model"] == "percentage" and res.get("value"):
            value = str(res["value"]).rstrip("%")
            out.append({**base, "kind": "percentage", "value": value, "unit": "percent"})
        elif r["model"] == "datetime" and r["type"].split(".")[-1] in {"date", "daterange", "datetime"}:
            pick = _rt_pick(list(res.get("values", [])), prefer)
            if pick is None:
                continue
            if pick.get("value"):
                first = last = str(pick["value"])[:10]
            elif pick.get("start") and pick.get("end"):
                first = str(pick["start"])[:10]
                last = (dt.date.fromisoformat(str(pick["end"])[:10]) - dt.timedelta(days=1)).isoformat()
            else:
                continue
            timex = str(pick.get("timex", ""))
            value = timex if ISO_TIMEX.fullmatch(timex) else (first if first == last else f"{first}/{last}")
            mention = {**base, "kind": "date", "value": value, "start_date": first, "end_date": last}
            if pick.get("Mod"):
                mention["modifier"] = pick["Mod"]
            out.append(mention)
    return out


def show_rt(results: Sequence[Record]) -> str:
    """Recognizers-Text's own answer: surface → resolution (dates: timex and value(s))."""
    parts = []
    for r in results:
        res = r["resolution"] or {}
        if r["model"] == "datetime":
            values = res.get("values", [])
            shown = ", ".join(str(v.get("value") or f"{v.get('start')}…{v.get('end')}") for v in values)
            kind = r["type"].split(".")[-1]
            parts.append(f"`{r['text']}` → {kind} {shown}")
        else:
            unit = res.get("isoCurrency") or res.get("unit") or ""
            parts.append(f"`{r['text']}` → {res.get('value')} {unit}".rstrip())
    return "; ".join(parts) or "nothing"


# ----------------------------------------------------------------------------- running
@dataclass
class ToolRun:
    """What one tool gave on the probes, and how long it took."""

    shown: list[str]
    mentions: list[list[Record]]
    first_ms: float
    mean_ms: float
    version: str


def _time(fn: Callable[[str], object], texts: Sequence[str], repeats: int) -> tuple[float, float]:
    start = time.perf_counter()
    for text in texts:
        fn(text)
    first = (time.perf_counter() - start) * 1000 / len(texts)
    start = time.perf_counter()
    for _ in range(repeats):
        for text in texts:
            fn(text)
    return first, (time.perf_counter() - start) * 1000 / (repeats * len(texts))


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def run_local(repeats: int) -> dict[str, ToolRun | str]:
    """Run geoecon, quantulum3 and dateparser on the probes (a str value: why a tool was skipped)."""
    texts = [p.text for p in PROBES]
    runs: dict[str, ToolRun | str] = {}

    def geo(text: str) -> object:
        return geoecon_run(text, REFERENCE)

    first, mean = _time(geo, texts, repeats)
    results = [geoecon_run(t, REFERENCE) for t in texts]
    runs["geoecon"] = ToolRun([show_schema(r) for r in results], results, first, mean, _version("geoecon"))
    try:
        parse = quantulum3_parser()
    except ImportError as exc:
        runs["quantulum3"] = f"not installed ({exc})"
    else:
        first, mean = _time(parse, texts, repeats)
        found = [parse(t) for t in texts]
        runs["quantulum3"] = ToolRun(
            [show_quantulum3(f) for f in found],
            [quantulum3_schema(t, f) for t, f in zip(texts, found, strict=True)],
            first,
            mean,
            _version("quantulum3"),
        )
    try:
        search = dateparser_search("past")
    except ImportError as exc:
        runs["dateparser"] = f"not installed ({exc})"
    else:
        first, mean = _time(lambda t: search(t, REFERENCE), texts, repeats)
        hits = [search(t, REFERENCE) for t in texts]
        runs["dateparser"] = ToolRun(
            [show_dateparser(h) for h in hits],
            [dateparser_schema(t, h) for t, h in zip(texts, hits, strict=True)],
            first,
            mean,
            _version("dateparser"),
        )
    return runs


def run_rt(python: Path | None, repeats: int) -> ToolRun | str:
    """Run Recognizers-Text (all four models) on the probes in its own interpreter."""
    if python is None:
        return (
            "skipped: no interpreter with Recognizers-Text (--no-recognizers, or the path given "
            f"by --recognizers-python, $GEOECON_RT_PYTHON or {RT_DEFAULT} does not exist)"
        )
    items = [{"text": p.text, "reference": REFERENCE.isoformat()} for p in PROBES]
    answer, why = rt_call(python, {"repeats": repeats, "groups": [{"models": RT_MODELS, "items": items}]})
    if answer is None:
        return f"skipped: {python} could not run Recognizers-Text ({why})"
    raw = answer["groups"][0]
    return ToolRun(
        [show_rt(r) for r in raw],
        [rt_schema(p.text, r) for p, r in zip(PROBES, raw, strict=True)],
        answer["timing"]["first_ms"],
        answer["timing"]["mean_ms"],
        answer["versions"]["recognizers-text-suite"] + f" (emoji {answer['versions']['emoji']})",
    )


# ----------------------------------------------------------------------------- printing
def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def print_probe_tables(runs: dict[str, ToolRun | str]) -> None:
    """Two tables (amounts, dates): expected answer, then each tool's mark and raw answer."""
    present = [t for t in TOOLS if isinstance(runs.get(t), ToolRun)]
    for title, is_date in (("Money, tonnage and percentages", False), ("Dates", True)):
        print(f"### {title} (reference date {REFERENCE.isoformat()}, a Thursday)\n")
        print("| Input | Expected | " + " | ".join(present) + " |")
        print("|---|---|" + "---|" * len(present))
        for i, probe in enumerate(PROBES):
            if probe.is_date != is_date:
                continue
            expected = "; ".join(w.label for w in probe.wants) + ("" if is_date else "; no date")
            cells = []
            for tool in present:
                run = runs[tool]
                assert isinstance(run, ToolRun)
                cells.append(f"{judge(tool, probe, run.mentions[i])} {run.shown[i]}")
            print(f"| `{probe.text}` | {_cell(expected)} | " + " | ".join(_cell(c) for c in cells) + " |")
        print()


def print_headline(runs: dict[str, ToolRun | str]) -> None:
    """Rows right per tool, with a lenient count for dates and a count of false dates."""
    amount_rows = [i for i, p in enumerate(PROBES) if not p.is_date]
    date_rows = [i for i, p in enumerate(PROBES) if p.is_date]
    print("### Rows right\n")
    print(
        f"| Tool | Amount rows right (of {len(amount_rows)}) | Date rows right (of {len(date_rows)}) "
        "| Date rows, lenient | Amount rows given a false date | All scored rows |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for tool in TOOLS:
        run = runs.get(tool)
        if not isinstance(run, ToolRun):
            print(f"| {tool} | {run} | | | | |")
            continue
        marks = [judge(tool, p, run.mentions[i]) for i, p in enumerate(PROBES)]
        loose = [judge(tool, PROBES[i], run.mentions[i], lenient=True) for i in date_rows]
        false_dates = sum(1 for i in amount_rows if any(m["kind"] == "date" for m in run.mentions[i]))
        amounts = sum(marks[i] == "✓" for i in amount_rows)
        dates = sum(marks[i] == "✓" for i in date_rows)
        scored = sum(m != "–" for m in marks)
        right = sum(m == "✓" for m in marks)
        amount_cell = "(no-date check only)" if tool == "dateparser" else str(amounts)
        date_cells = (
            ("–", "–", "–") if tool == "quantulum3" else (str(dates), str(loose.count("✓")), str(false_dates))
        )
        print(
            f"| {tool} {run.version} | {amount_cell} | " + " | ".join(date_cells) + f" | {right}/{scored} |"
        )
    print()


def print_timing(runs: dict[str, ToolRun | str], repeats: int) -> None:
    """Milliseconds per input on the probes."""
    print(f"### Time per input ({len(PROBES)} probes; warm-up pass, then mean of {repeats} passes)\n")
    print("| Tool | What runs | First pass, ms per input | Mean, ms per input |")
    print("|---|---|---:|---:|")
    what = {
        "geoecon": "`extract(text, reference_date=…)`, all kinds (places too)",
        "Recognizers-Text": "currency + dimension + percentage + datetime models, built once",
        "quantulum3": "`parser.parse`, classifier off",
        "dateparser": "`search_dates(languages=['en'])`",
    }
    for tool in TOOLS:
        run = runs.get(tool)
        if isinstance(run, ToolRun):
            print(f"| {tool} | {what[tool]} | {run.first_ms:.2f} | {run.mean_ms:.2f} |")
    print()


# ----------------------------------------------------------------------------- test suites
def _gold(path: Path) -> list[Record]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _score(gold: Path, predictions: list[Record], kinds: Sequence[str]) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        for record in predictions:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    try:
        done = subprocess.run(
            [
                sys.executable,
                str(SHARED / "eval" / "score.py"),
                str(gold),
                fh.name,
                "--json",
                "--kind",
                ",".join(kinds),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        Path(fh.name).unlink()
    scored: dict[str, Any] = json.loads(done.stdout)["kinds"]
    return scored


def _prefer(record: Record) -> str:
    return str((record.get("options") or {}).get("prefer_dates_from", "past"))


def _reference(record: Record) -> dt.date | None:
    ref = record.get("reference_date")
    return dt.date.fromisoformat(ref) if ref else None


PEER_KINDS = {
    "Recognizers-Text": {"money", "tonnage", "percentage", "date"},
    "quantulum3": {"money", "tonnage", "percentage"},
    "dateparser": {"date"},
}


def _guarded(fn: Callable[[Record], list[Record]], record: Record) -> list[Record] | None:
    """``fn(record)``, or None when it raises (a failure is a finding, not a crash)."""
    try:
        return fn(record)
    except Exception:
        return None


def _fmt(x: object) -> str:
    return "–" if x is None else (f"{x:.3f}" if isinstance(x, float) else str(x))


def peer_predictions(tool: str, records: list[Record]) -> tuple[list[Record] | None, int]:
    """Predictions of a peer on a gold file, in the schema (None: the peer is unavailable)."""
    if tool == "quantulum3":
        parse = quantulum3_parser()

        def one(r: Record) -> list[Record]:
            return quantulum3_schema(r["text"], parse(r["text"]))

    elif tool == "dateparser":
        searches = {p: dateparser_search(p) for p in ("past", "future")}

        def one(r: Record) -> list[Record]:
            return dateparser_schema(r["text"], searches[_prefer(r)](r["text"], _reference(r)))

    else:
        return None, 0  # Recognizers-Text runs in one batch: see rt_suite_predictions
    answers = [_guarded(one, r) for r in records]
    failed = sum(a is None for a in answers)
    mentions = [a or [] for a in answers]
    return [{"id": r["id"], "mentions": m} for r, m in zip(records, mentions, strict=True)], failed


def rt_suite_predictions(rt: Path, files: dict[Path, list[Record]]) -> tuple[dict[Path, list[Record]], str]:
    """Run Recognizers-Text over every gold file in one worker call."""
    groups = []
    for records in files.values():
        items = [{"text": r["text"], "reference": r.get("reference_date")} for r in records]
        groups.append({"models": RT_MODELS, "items": items})
    answer, why = rt_call(rt, {"repeats": 0, "groups": groups})
    if answer is None:
        return {}, why
    out: dict[Path, list[Record]] = {}
    for (path, records), raw in zip(files.items(), answer["groups"], strict=True):
        out[path] = [
            {"id": r["id"], "mentions": rt_schema(r["text"], res, _prefer(r))}
            for r, res in zip(records, raw, strict=True)
        ]
    return out, ""


def print_suites(rt: Path | None) -> None:
    """Print geoecon's report.py table, then geoecon and the peers side by side on the same gold files."""
    report = SHARED / "eval" / "report.py"
    if not report.exists():
        print(f"Test suites: skipped ({report} not found; ../shared lives beside the repository).\n")
        return
    done = subprocess.run(
        [sys.executable, str(report), "--json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=HERE.parents[1],
    )
    try:
        rows: list[Record] = json.loads(done.stdout)
    except json.JSONDecodeError:
        print(f"Test suites: report.py failed: {done.stderr.strip().splitlines()[-1:]}\n")
        return
    print("### geoecon on the test suites (`../shared/eval/report.py`)\n")
    print("| File | Kind | Gold | Span F1 | Value accuracy | Strict F1 | Texts failed |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['file']} | {row['kind']} | {row['gold']} | {_fmt(row['span_f1'])} | "
            f"{_fmt(row['value_acc'])} | {_fmt(row['strict_f1'])} | {_fmt(row['failed'])} |"
        )
    print()

    files: dict[Path, list[Record]] = {}
    for folder in (SHARED / "dev", SHARED / "peer-suites"):
        for path in sorted(folder.glob("*.jsonl")):
            records = _gold(path)
            kinds = {m["kind"] for r in records for m in r["mentions"]}
            if kinds & (PEER_KINDS["Recognizers-Text"] | PEER_KINDS["quantulum3"]):
                files[path] = records
    predictions: dict[str, dict[Path, list[Record]]] = {}
    notes: list[str] = []
    for tool in ("quantulum3", "dateparser"):
        predictions[tool] = {}
        for path, records in files.items():
            kinds = {m["kind"] for r in records for m in r["mentions"]} & PEER_KINDS[tool]
            if not kinds:
                continue
            try:
                preds, failed = peer_predictions(tool, records)
            except ImportError as exc:
                notes.append(f"{tool}: not installed ({exc})")
                break
            if preds is not None:
                predictions[tool][path] = preds
            if failed:
                notes.append(f"{tool} raised on {failed} text(s) of {path.name} (counted as no prediction)")
    if rt is None:
        notes.append("Recognizers-Text: skipped (no interpreter with it)")
    else:
        rt_preds, why = rt_suite_predictions(rt, files)
        if why:
            notes.append(f"Recognizers-Text: skipped ({why})")
        predictions["Recognizers-Text"] = rt_preds
    ours = {(r["file"], r["kind"]): r for r in rows}
    peers = ("Recognizers-Text", "quantulum3", "dateparser")
    print("### Same gold files, every tool: strict F1 (span F1)\n")
    print("| File | Kind | Gold | geoecon | " + " | ".join(peers) + " |")
    print("|---|---|---:|---:|" + "---:|" * len(peers))
    for path, records in files.items():
        gold_kinds = sorted({m["kind"] for r in records for m in r["mentions"]} - {"place"})
        scored = {
            tool: _score(path, predictions[tool][path], sorted(set(gold_kinds) & PEER_KINDS[tool]))
            for tool in peers
            if path in predictions.get(tool, {}) and set(gold_kinds) & PEER_KINDS[tool]
        }
        for kind in gold_kinds:
            mine = ours.get((path.name, kind))
            cells = [f"{mine['strict_f1']:.3f} ({mine['span_f1']:.3f})" if mine else "?"]
            for tool in peers:
                s = scored.get(tool, {}).get(kind)
                cells.append(f"{s['strict_f1']:.3f} ({s['span_f1']:.3f})" if s else "–")
            gold = sum(1 for r in records for m in r["mentions"] if m["kind"] == kind)
            print(f"| {path.name} | {kind} | {gold} | " + " | ".join(cells) + " |")
    print()
    for note in notes:
        print(f"Note: {note}\n")


def main() -> None:
    """Parse the options and print every table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=10, help="timed passes over the probes (default 10)")
    parser.add_argument("--no-suites", action="store_true", help="skip the test-suite scores (part 4)")
    parser.add_argument(
        "--recognizers-python", help=f"interpreter with Recognizers-Text (default {RT_DEFAULT})"
    )
    parser.add_argument("--no-recognizers", action="store_true", help="do not run Recognizers-Text")
    parser.add_argument("--rt-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rt_worker:
        rt_worker()
        return
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    print(
        f"Run {today}: Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs.\n"
    )
    rt = None if args.no_recognizers else rt_python(args.recognizers_python)
    runs = run_local(args.repeats)
    runs["Recognizers-Text"] = run_rt(rt, args.repeats)
    for tool in TOOLS:
        if isinstance(runs[tool], str):
            print(f"{tool}: {runs[tool]}\n")
    print_probe_tables(runs)
    print_headline(runs)
    print_timing(runs, args.repeats)
    if not args.no_suites:
        print_suites(rt if isinstance(runs["Recognizers-Text"], ToolRun) else None)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
