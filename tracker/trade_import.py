"""Customs statistics in: UN Comtrade's CSV download, or the plain CSV the README documents,
read as a stream, checked whole before anything is stored, then stored in one transaction.

* Every bad row is reported with its line number and the reason, and a file with any bad row
  stores nothing.
* A figure already stored for the same period, reporter, partner, flow and HS code is replaced
  when the new file changes it; the figure it replaces is kept as a ``TradeFlowRevision``.
  Figures the new file does not carry are left as they are: a file covering part of a period
  loses nothing.
* The file is read twice (checked, then stored), a batch at a time: memory does not grow with
  the file beyond one small key per row (to find a row given twice).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from iso3166 import countries

from . import sanctions
from .models import DataChange, TradeFlow, TradeFlowRevision, TradeImport, flow_parties

PLAIN_COLUMNS = ["period", "reporter", "partner", "flow", "hs", "value_usd", "quantity", "unit"]
MAX_REPORTED_ERRORS = 50
BATCH = 2000

# UN Comtrade's column names, in its current download and in the legacy one.
_COMTRADE = {
    "period": ("period", "Period"),
    "freq": ("freqCode", "Frequency"),
    "reporter_iso": ("reporterISO", "Reporter ISO"),
    "reporter_code": ("reporterCode", "Reporter Code"),
    "partner_iso": ("partnerISO", "Partner ISO"),
    "partner_code": ("partnerCode", "Partner Code"),
    "flow": ("flowCode", "Trade Flow Code"),
    "hs": ("cmdCode", "Commodity Code"),
    "description": ("cmdDesc", "Commodity"),
    "quantity": ("qty", "Qty"),
    "unit": ("qtyUnitAbbr", "Qty Unit"),
    "net_weight": ("netWgt", "Netweight (kg)"),
    "value": ("primaryValue", "Trade Value (US$)"),
}
_COMTRADE_REQUIRED = ("period", "flow", "hs", "value")
# Flow codes: M/X (current), 1/2 (legacy). Re-imports and re-exports are other figures: skipped.
_FLOWS = {"m": "import", "1": "import", "import": "import", "x": "export", "2": "export", "export": "export"}
_SKIPPED_FLOWS = {
    "rm": "re-imports",
    "rx": "re-exports",
    "3": "re-exports",
    "4": "re-imports",
    "fm": "re-imports",
    "dx": "re-exports",
}
_AREAS = {"W00", "WLD", "0", "_X", "X1", "R4", "XX"}  # World and other areas that are not a country
_NO_UNIT = {"", "N/A", "n/a", "-1", "No Quantity"}


class TradeFileError(ValueError):
    """A file that cannot be imported: every problem found, by line."""

    def __init__(self, errors: list[tuple[int, str]], total: int):
        self.errors, self.total = errors, total
        shown = "; ".join(f"line {line}: {reason}" for line, reason in errors[:5])
        more = f" (and {total - 5} more)" if total > 5 else ""
        super().__init__(f"{total} bad row{'s' if total != 1 else ''}, nothing stored: {shown}{more}")


@dataclass
class ImportReport:
    trade_import: TradeImport | None = None
    rows: int = 0
    created: int = 0
    revised: int = 0
    unchanged: int = 0
    skipped: Counter = field(default_factory=Counter)

    def __str__(self) -> str:
        skipped = "".join(f"; skipped {n} ({why})" for why, n in sorted(self.skipped.items()))
        return (
            f"{self.rows:,} rows: {self.created:,} new, {self.revised:,} revised (earlier figures kept as "
            f"revisions), {self.unchanged:,} unchanged{skipped}"
        )


@dataclass(frozen=True)
class Row:
    line: int
    period: dt.date
    period_kind: str
    reporter: str
    partner: str
    flow: str
    hs_code: str
    value_usd: Decimal
    quantity: Decimal | None
    unit: str
    net_weight: Decimal | None

    @property
    def key(self) -> tuple:
        return (self.period, self.period_kind, self.reporter, self.partner, self.flow, self.hs_code)


class _Skip(Exception):
    """A row that is not a figure to store (a re-export, a World total): counted, not an error."""


def import_trade(
    path: str | Path,
    *,
    file_format: str | None = None,
    dataset: str = "",
    sample: bool = False,
    name: str = "",
) -> ImportReport:
    """Check the whole file, then store it (see the module's docstring). Raises TradeFileError,
    naming each bad row, when anything is wrong; then nothing is stored."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(4096)
    file_format = file_format or detect_format(head)
    report, digest = _check(path, file_format)
    with transaction.atomic():
        record = TradeImport.objects.create(
            dataset=dataset or ("UN Comtrade" if file_format == "comtrade" else "Plain CSV"),
            file_name=(name or path.name)[:300],
            file_format=file_format,
            sha256=digest,
            sample=sample,
            rows=report.rows,
        )
        report.trade_import = record
        batch: list[Row] = []
        for row in _rows(path, file_format, Counter()):
            batch.append(row)
            if len(batch) >= BATCH:
                _store(batch, record, report)
                batch = []
        _store(batch, record, report)
        TradeImport.objects.filter(pk=record.pk).update(
            created_flows=report.created, revised_flows=report.revised, unchanged_flows=report.unchanged
        )
    return report


def detect_format(head: bytes) -> str:
    first = head.decode("utf-8-sig", errors="replace").splitlines()[0] if head.strip() else ""
    names = {c.strip() for c in first.split(",")}
    return "comtrade" if names & {"primaryValue", "Trade Value (US$)", "cmdCode", "Commodity Code"} else "plain"


def _check(path: Path, file_format: str) -> tuple[ImportReport, str]:
    """Read the file once: every row parsed, every problem listed. Nothing is stored."""
    errors: list[tuple[int, str]] = []
    seen: dict[str, int] = {}  # a row's key, compactly -> its line (a figure given twice is an error)
    report = ImportReport()
    for row in _rows(path, file_format, report.skipped, errors):
        report.rows += 1
        compact = f"{row.period:%Y%m}{row.period_kind[0]}{row.reporter}{row.partner}{row.flow[0]}{row.hs_code}"
        if compact in seen:
            errors.append((row.line, f"the same figure (period, reporter, partner, flow, HS) as line {seen[compact]}"))
        else:
            seen[compact] = row.line
    if errors:
        raise TradeFileError(sorted(errors)[:MAX_REPORTED_ERRORS], len(errors))
    if report.rows == 0 and not report.skipped:
        raise TradeFileError([(1, "the file holds no rows of figures")], 1)
    return report, file_sha256(path)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _rows(path: Path, file_format: str, skipped: Counter, errors: list | None = None):
    """Each good row parsed; bad rows go to ``errors`` (line, reason) when given."""
    with path.open("rb") as raw:
        if b"\x00" in raw.read(8192):
            raise TradeFileError([(1, "binary data, not a CSV file")], 1)
        raw.seek(0)
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")
        try:
            reader = csv.reader(text)
            header = next(reader, None)
            if header is None:
                raise TradeFileError([(1, "the file is empty")], 1)
            columns = _columns([h.strip() for h in header], file_format)
            for number, cells in enumerate(reader, start=2):
                if not any(c.strip() for c in cells):
                    continue
                try:
                    yield _parse(number, cells, columns, file_format)
                except _Skip as why:
                    skipped[str(why)] += 1
                except ValueError as exc:
                    if errors is None:
                        raise
                    errors.append((number, str(exc)))
        except UnicodeDecodeError as exc:
            raise TradeFileError([(1, f"the file is not UTF-8 text ({exc.reason})")], 1) from None
        except csv.Error as exc:
            raise TradeFileError([(reader.line_num, f"not valid CSV ({exc})")], 1) from None


def _columns(header: list[str], file_format: str) -> dict[str, int]:
    if file_format == "plain":
        missing = [c for c in PLAIN_COLUMNS[:6] if c not in header]
        if missing:
            raise TradeFileError(
                [(1, f"the header lacks {', '.join(missing)}; a plain file has columns {','.join(PLAIN_COLUMNS)}")], 1
            )
        return {c: header.index(c) for c in PLAIN_COLUMNS if c in header}
    found = {}
    for key, names in _COMTRADE.items():
        index = next((header.index(n) for n in names if n in header), None)
        if index is not None:
            found[key] = index
    missing = [_COMTRADE[k][0] for k in _COMTRADE_REQUIRED if k not in found]
    if not ("reporter_iso" in found or "reporter_code" in found):
        missing.append("reporterISO or reporterCode")
    if not ("partner_iso" in found or "partner_code" in found):
        missing.append("partnerISO or partnerCode")
    if missing:
        raise TradeFileError([(1, f"not a UN Comtrade download: no column {', '.join(missing)}")], 1)
    return found


def _cell(cells: list[str], columns: dict[str, int], key: str) -> str:
    i = columns.get(key)
    return cells[i].strip() if i is not None and i < len(cells) else ""


def _parse(line: int, cells: list[str], columns: dict[str, int], file_format: str) -> Row:
    get = lambda key: _cell(cells, columns, key)  # noqa: E731
    if file_format == "plain":
        period, kind = _period(get("period"), "")
        reporter, partner = _country(get("reporter"), "reporter"), _country(get("partner"), "partner")
        flow_text, hs, value = get("flow"), get("hs"), get("value_usd")
        quantity, unit, weight = _number(get("quantity"), "quantity"), get("unit"), None
    else:
        period, kind = _period(get("period"), get("freq"))
        reporter = _country(get("reporter_iso") or get("reporter_code"), "reporter")
        partner = _country(get("partner_iso") or get("partner_code"), "partner")
        flow_text, hs, value = get("flow"), get("hs"), get("value")
        unit = get("unit")
        quantity = None if unit in _NO_UNIT else _number(get("quantity"), "qty")
        unit = "" if unit in _NO_UNIT else unit
        weight = _number(get("net_weight"), "netWgt")
    flow = _FLOWS.get(flow_text.lower())
    if flow is None:
        if flow_text.lower() in _SKIPPED_FLOWS:
            raise _Skip(_SKIPPED_FLOWS[flow_text.lower()])
        raise ValueError(f"flow {flow_text!r} is neither import nor export (M, X, import, export)")
    hs = hs.upper()
    if not (hs == "TOTAL" or (hs.isascii() and hs.isdigit() and len(hs) in (2, 4, 6))):
        raise ValueError(f"HS code {hs!r} is not 2, 4 or 6 digits (or TOTAL)")
    amount = _number(value, "value")
    if amount is None:
        raise ValueError("no value in US dollars")
    if amount < 0 or (quantity is not None and quantity < 0) or (weight is not None and weight < 0):
        raise ValueError("a negative value, quantity or weight")
    if len(unit) > 20:
        raise ValueError(f"unit {unit[:30]!r} is longer than 20 characters")
    cents, thousandths = Decimal("0.01"), Decimal("0.001")  # the stored precision: a re-import compares equal
    return Row(
        line,
        period,
        kind,
        reporter,
        partner,
        flow,
        hs,
        amount.quantize(cents),
        quantity.quantize(thousandths) if quantity is not None else None,
        unit,
        weight.quantize(thousandths) if weight is not None else None,
    )


def _period(text: str, freq: str) -> tuple[dt.date, str]:
    digits = text.replace("-", "")
    try:
        if len(digits) == 6 and digits.isdigit() and freq.upper() != "A":
            day = dt.date(int(digits[:4]), int(digits[4:]), 1)
            return day, "month"
        if len(digits) == 4 and digits.isdigit():
            return dt.date(int(digits), 1, 1), "year"
    except ValueError:
        pass
    raise ValueError(f"period {text!r} is not a month (YYYY-MM or YYYYMM) or a year (YYYY)")


def _country(code: str, role: str) -> str:
    if code.upper() in _AREAS:
        raise _Skip(f"{role} is an area, not a country")
    try:
        return countries.get(code).alpha2
    except (KeyError, ValueError):
        raise ValueError(f"{role} {code!r} is not an ISO 3166 country code") from None


def _number(text: str, name: str) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"{name} {text[:30]!r} is not a number") from None
    if not value.is_finite() or abs(value) >= Decimal(10) ** 18:
        raise ValueError(f"{name} {text[:30]!r} is out of range")
    return value


_FIGURES = ("value_usd", "quantity", "quantity_unit", "net_weight_kg")


def _store(batch: list[Row], record: TradeImport, report: ImportReport) -> None:
    """One batch: new figures created, changed ones updated with the old figure kept."""
    if not batch:
        return
    now = timezone.now()
    existing = {
        (f.period, f.period_kind, f.reporter, f.partner, f.flow, f.hs_code): f
        for f in TradeFlow.objects.filter(
            period__in={r.period for r in batch}, hs_code__in={r.hs_code for r in batch}
        ).filter(reporter__in={r.reporter for r in batch}, partner__in={r.partner for r in batch})
    }
    new, changed, revisions = [], [], []
    for row in batch:
        figures = {
            "value_usd": row.value_usd,
            "quantity": row.quantity,
            "quantity_unit": row.unit if row.quantity is not None else "",
            "net_weight_kg": row.net_weight,
        }
        status, measure = sanctions.figure_marks(
            row.hs_code, *flow_parties(row.reporter, row.partner, row.flow), row.period, row.period_kind
        )
        marks = {"sanction_status": status, "sanction_measure": measure}
        stored = existing.get(row.key)
        if stored is None:
            new.append(
                TradeFlow(
                    period=row.period,
                    period_kind=row.period_kind,
                    reporter=row.reporter,
                    partner=row.partner,
                    flow=row.flow,
                    hs_code=row.hs_code,
                    source=record,
                    source_row=row.line,
                    imported_at=now,
                    **figures,
                    **marks,
                )
            )
            continue
        if all(_same(getattr(stored, k), v) for k, v in figures.items()):
            report.unchanged += 1
            continue
        revisions.append(
            TradeFlowRevision(
                flow=stored,
                source_id=stored.source_id,
                source_row=stored.source_row,
                imported_at=stored.imported_at,
                superseded_by=record,
                **{k: getattr(stored, k) for k in _FIGURES},
            )
        )
        for k, v in {**figures, **marks, "source_id": record.pk, "source_row": row.line, "imported_at": now}.items():
            setattr(stored, k, v)
        changed.append(stored)
    TradeFlow.objects.bulk_create(new)
    TradeFlowRevision.objects.bulk_create(revisions)
    _update(changed)
    report.created += len(new)
    report.revised += len(changed)


_UPDATED = [*_FIGURES, "sanction_status", "sanction_measure", "source_id", "source_row", "imported_at"]
_CAST = {"value_usd": "numeric", "quantity": "numeric", "net_weight_kg": "numeric", "source_id": "bigint",
         "source_row": "integer", "imported_at": "timestamptz"}  # fmt: skip


def _update(flows: list[TradeFlow], chunk: int = 500) -> None:
    """The changed figures written in one UPDATE … FROM (VALUES …) per chunk. Django's bulk_update
    builds a CASE per field and row: 37 s for 10,000 revised figures, against well under a second."""
    from django.db import connection

    q = connection.ops.quote_name
    table = q(TradeFlow._meta.db_table)
    width = len(_UPDATED) + 1
    for start in range(0, len(flows), chunk):
        part = flows[start : start + chunk]
        rows = ", ".join(["(" + ", ".join(["%s"] * width) + ")"] * len(part))
        params = []
        for f in part:
            params.append(f.pk)
            params += [
                connection.ops.adapt_datetimefield_value(f.imported_at) if n == "imported_at" else getattr(f, n)
                for n in _UPDATED
            ]
        if connection.vendor == "postgresql":
            names = ", ".join(["id", *_UPDATED])
            sets = ", ".join(f"{q(n)} = v.{n}::{_CAST.get(n, 'text')}" for n in _UPDATED)
            sql = f"UPDATE {table} AS f SET {sets} FROM (VALUES {rows}) AS v({names}) WHERE f.id = v.id::bigint"
        else:  # SQLite names the columns of VALUES column1, column2, …
            sets = ", ".join(f"{q(n)} = v.column{i + 2}" for i, n in enumerate(_UPDATED))
            sql = f"UPDATE {table} SET {sets} FROM (VALUES {rows}) AS v WHERE {table}.id = v.column1"
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


def _same(a, b) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return (a or "") == (b or "")
    if a is None or b is None:
        return a is b
    return Decimal(a) == Decimal(b)


@transaction.atomic
def reflag() -> int:
    """Mark every stored figure again from the sanctions table (after the table changed)."""
    changed = []
    for f in TradeFlow.objects.order_by("pk").iterator(chunk_size=BATCH):
        status, measure = sanctions.figure_marks(f.hs_code, f.exporter, f.importer, f.period, f.period_kind)
        if (f.sanction_status, f.sanction_measure) != (status, measure):
            f.sanction_status, f.sanction_measure = status, measure
            changed.append(f)
    _update(changed)
    if changed:
        DataChange.objects.create(what=f"tracker.TradeFlow: sanction marks of {len(changed)} figures")
    return len(changed)


def save_upload(upload: UploadedFile) -> Path:
    """An uploaded file written to a temporary file in chunks (the import reads it twice)."""
    import tempfile

    with tempfile.NamedTemporaryFile(prefix="trade-", suffix=".csv", delete=False) as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    return Path(handle.name)
