# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---

# %% [markdown]
# # geoecon in a notebook
#
# This notebook is stored as a plain Python file in jupytext's percent format: open it in
# Jupyter with jupytext installed (`pip install jupytext`), or run it as a script. The tests
# run its cells in order (`tests/test_notebook.py`).
#
# An `Extraction` shows itself in a notebook as the text with each mention highlighted by
# kind; hover over a mention to see its normalised value. The rendering is plain HTML and CSS:
# no JavaScript, and geoecon does not import IPython.

# %%
import datetime as dt

import pandas as pd

import geoecon

ARTICLE = (
    "MOSCOW, Feb 24 - Russian President Vladimir Putin on Monday offered the United States "
    "a deal on rare-earth minerals. Russian aluminum exports to the United States fell to just "
    "$2.3 million in 2024, down from a high of $1.7 billion in 2017 - about 15% of all U.S. "
    "aluminum imports. Russia could ship around 2 million tons of aluminum a year. "
    "The central bank cut rates by 50 basis points in the third quarter of 2024."
)
found = geoecon.extract(ARTICLE, reference_date=dt.date(2025, 2, 24))
print(f"{len(found)} mentions")

# %% [markdown]
# The last expression of a cell is displayed; for an `Extraction` that is its `_repr_html_()`.

# %%
found  # noqa: B018

# %% [markdown]
# `to_records()` returns plain dicts in the gold schema, which `pandas.DataFrame` takes as
# they are. Amounts stay exact: they are decimal strings, to be read with `decimal.Decimal`.

# %%
frame = pd.DataFrame(found.to_records())
print(frame["kind"].value_counts().sort_index().to_dict())
frame[["kind", "start", "end", "text"]]

# %% [markdown]
# Each kind has its own typed view, with `Decimal` amounts and `datetime.date` bounds.

# %%
for money in found.money:
    print(money.text, money.amount, money.currency)
for date in found.dates:
    print(date.text, date.granularity.value, date.start_date, date.end_date)
