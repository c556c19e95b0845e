"""A figure of the benchmark beside its floor, timed interleaved, and the report of them all.

A figure is a value (a median, a percentile, a peak) with its unit and target. Where it has a floor
(the same work done the plainest way, measured in the same run), the target bounds the ratio
value / floor; otherwise it bounds the value. `target_on` says which, in the JSON as on the line.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Figure:
    """One measured figure; `value` is None when it could not be measured (`note` says why)."""

    name: str
    unit: str
    target: float
    target_on: str  # "value" or "ratio"
    value: float | None = None
    floor: float | None = None
    ratio_target: float | None = None  # a second bound on the ratio, for a figure bounded on its value
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def ok(self) -> bool:
        if self.value is None:
            return False
        bounded = self.ratio if self.target_on == "ratio" else self.value
        if bounded is None or bounded > self.target:
            return False
        ratio = self.ratio
        return self.ratio_target is None or (ratio is not None and ratio <= self.ratio_target)

    def as_json(self) -> dict[str, Any]:
        ratio = self.ratio
        data: dict[str, Any] = {
            "value": None if self.value is None else round(self.value, 3),
            "unit": self.unit,
            "floor": None if self.floor is None else round(self.floor, 3),
            "ratio": None if ratio is None else round(ratio, 3),
            "target": self.target,
            "target_on": self.target_on,
            "ok": self.ok,
        }
        if self.ratio_target is not None:
            data["ratio_target"] = self.ratio_target
        if self.note:
            data["note"] = self.note
        data.update(self.extra)
        return data

    def line(self) -> str:
        """The figure's printed line: value, floor, ratio, target and OK or OVER."""

        def number(x: float | None) -> str:
            return "—" if x is None else f"{x:.1f}" if abs(x) >= 10 else f"{x:.2f}"

        ratio = self.ratio
        bound = f"≤{self.target:g}{'×' if self.target_on == 'ratio' else ' ' + self.unit}"
        if self.ratio_target is not None:
            bound += f" and ≤{self.ratio_target:g}×"
        verdict = "OK" if self.ok else ("N/A" if self.value is None else "OVER")
        text = (
            f"{self.name:<26} {number(self.value):>9} {self.unit:<3} floor {number(self.floor):>8}  "
            f"ratio {'—' if ratio is None else f'{ratio:.2f}':>5}  target {bound:<16} {verdict}"
        )
        return text + (f"  ({self.note})" if self.note else "")


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def percentile(values: list[float], share: float) -> float:
    """The `share` (0–1) percentile of the values, interpolated between the nearest ranks."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=1000, method="inclusive")[round(share * 1000) - 1]


def interleaved(
    floor: Callable[[], float], thing: Callable[[], float], runs: int, warm_up: bool = True
) -> tuple[list[float], list[float]]:
    """Each callable returns one measurement (seconds); run floor, thing, floor, thing… `runs` times
    each, after one of each not counted (the file cache and the interpreter's own warm up)."""
    if warm_up:
        floor()
        thing()
    floors, things = [], []
    for _ in range(runs):
        floors.append(floor())
        things.append(thing())
    return floors, things


def timed(work: Callable[[], Any]) -> float:
    """Seconds `work` took."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def report(figures: list[Figure], json_path: Path | None) -> None:
    """Print the figures' lines (and a summary) and write the JSON object when asked."""
    for figure in figures:
        print(figure.line(), flush=True)
    within = sum(1 for f in figures if f.ok)
    print(f"{within} of {len(figures)} figures within target")
    if json_path is not None:
        json_path.write_text(json.dumps({f.name: f.as_json() for f in figures}, indent=1, ensure_ascii=False))
