"""The /forloeb progress chart: six weeks of pain scores as a PNG, readable on a phone.

matplotlib is imported inside `render_chart`, so start-up (and every path that draws no
chart) does not pay for it. It draws with the Agg canvas directly, never through pyplot:
no global figure state, so charts can be drawn in worker threads side by side.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from bot.diary import CHART_DAYS, DiaryTexts, Score, chart_start, moving_average

# 1000 x 750 pixels: Telegram shows photos up to 1280 wide; large type for small screens.
_SIZE_INCHES = (8.0, 6.0)
_DPI = 125
_FONT_SIZE = 17
_SCORE_COLOUR = "#7a9cc6"
_AVERAGE_COLOUR = "#16386b"
_EXERCISE_COLOUR = "#2e8b57"
_EXERCISE_ROW = -0.7  # exercise days are marked below the 0 line


def render_chart(
    scores: Sequence[Score], exercise_days: Iterable[date], today: date, texts: DiaryTexts
) -> bytes:
    """The chart of the six weeks ending `today` as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import date2num
    from matplotlib.figure import Figure

    start = chart_start(today)
    shown = [s for s in scores if start <= s.day <= today]
    done = sorted(day for day in exercise_days if start <= day <= today)
    figure = Figure(figsize=_SIZE_INCHES, dpi=_DPI, layout="constrained")
    axes = figure.add_subplot()
    axes.scatter(
        date2num([s.day for s in shown]),
        [s.score for s in shown],
        s=70,
        color=_SCORE_COLOUR,
        label=texts.chart_scores_label,
        zorder=3,
    )
    average = moving_average(shown)
    axes.plot(
        date2num([day for day, _ in average]),
        [value for _, value in average],
        color=_AVERAGE_COLOUR,
        linewidth=4,
        label=texts.chart_average_label,
        zorder=4,
    )
    axes.scatter(
        date2num(done),
        [_EXERCISE_ROW] * len(done),
        marker="^",
        s=90,
        color=_EXERCISE_COLOUR,
        label=texts.chart_exercise_label,
        zorder=3,
    )
    axes.set_title(texts.chart_title, fontsize=_FONT_SIZE + 5, pad=12)
    axes.set_ylabel(texts.chart_y_label, fontsize=_FONT_SIZE)
    axes.set_ylim(-1.3, 10.5)
    axes.set_yticks(range(0, 11, 2))
    axes.set_xlim(date2num(start - timedelta(days=1)), date2num(today + timedelta(days=1)))
    ticks = [today - timedelta(days=7 * week) for week in range(CHART_DAYS // 7)]
    months = texts.chart_months.split()
    axes.set_xticks(date2num(ticks), [f"{day.day}. {months[day.month - 1]}" for day in ticks])
    axes.tick_params(labelsize=_FONT_SIZE)
    axes.grid(axis="y", alpha=0.3)
    axes.spines[["top", "right"]].set_visible(False)
    figure.legend(loc="outside lower center", ncols=3, fontsize=_FONT_SIZE - 2, frameon=False)
    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


def demo_data(today: date) -> tuple[list[Score], list[date]]:
    """Made-up six weeks of a back getting better, with a few days missed: for the README."""
    rng = random.Random(7)
    scores, done = [], []
    for offset in range(CHART_DAYS):
        day = chart_start(today) + timedelta(days=offset)
        if rng.random() < 0.1:
            continue  # a day without an answer
        trend = 7.5 - 4.5 * offset / CHART_DAYS
        scores.append(Score(day, max(0, min(10, round(trend + rng.uniform(-1.5, 1.5))))))
        if rng.random() < 0.7:
            done.append(day)
    return scores, done
