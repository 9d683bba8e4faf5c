"""The latency distributions of bench/run.py as one PNG: a panel per scenario, one cumulative
distribution per target on a logarithmic time axis (further left is faster; a steep curve is a
steady one; the p50 and p99 lines mark where the table's percentiles are read).

    python bench/plot.py [bench/results/gateway_comparison.json] [OUT.png]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

COLORS = {
    "direct": "#7f7f7f",
    "pass-through": "#2ca02c",
    "Tarnkappe": "#1f77b4",
    "Tarnkappe+anon": "#17becf",
}
PORTKEY_COLOR = "#ff7f0e"
LITELLM_COLOR = "#d62728"


def _color(name: str) -> str:
    if name.startswith("LiteLLM"):
        return LITELLM_COLOR
    if name.startswith("Portkey"):
        return PORTKEY_COLOR
    return COLORS.get(name, "#9467bd")


def plot(data: dict, out: Path) -> Path:
    panels: list[tuple[str, int]] = []
    for row in data["rows"]:
        key = (row["scenario"], row["concurrency"])
        if key not in panels:
            panels.append(key)
    columns = 3
    nrows = (len(panels) + columns - 1) // columns
    fig, axes = plt.subplots(nrows, columns, figsize=(6 * columns, 4.4 * nrows), squeeze=False)
    for ax, (scenario, concurrency) in zip(axes.flat, panels):
        for row in data["rows"]:
            if (row["scenario"], row["concurrency"]) != (scenario, concurrency) or not row["latencies_ms"]:
                continue
            values = np.sort(np.asarray(row["latencies_ms"]))
            y = np.arange(1, len(values) + 1) / len(values)
            label = f"{row['target']}  p50 {row['p50_ms']:.2f} ms, {row['rps']:,.0f} req/s"
            ax.step(values, y, where="post", color=_color(row["target"]), label=label, linewidth=1.6)
        ax.set_xscale("log")
        ax.set_ylim(0, 1.0)
        for level in (0.5, 0.99):
            ax.axhline(level, color="#cccccc", linewidth=0.8, zorder=0)
        ax.set_title(f"{scenario}, concurrency {concurrency}", fontsize=11)
        ax.set_xlabel("latency, ms (log scale)")
        ax.set_ylabel("fraction of requests ≤ x")
        ax.grid(True, which="major", axis="x", color="#eeeeee")
        ax.legend(fontsize=7.5, loc="lower right", framealpha=0.9)
    for ax in list(axes.flat)[len(panels):]:
        ax.axis("off")
    subtitle = data.get("subtitle", "")
    fig.suptitle("Latency through each gateway vs. direct (cumulative distributions)\n" + subtitle, fontsize=10)
    fig.tight_layout(rect=(0, 0, 1, 0.95))
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "results" / "gateway_comparison.json"
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else source.with_suffix(".png")
    print(plot(json.loads(source.read_text()), target))
