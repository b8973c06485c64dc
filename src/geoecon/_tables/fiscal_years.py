"""Fiscal-year conventions by country: the month a fiscal year begins in, and which year names it.

A record per country whose fiscal year news writes as "fiscal 2025", "FY24" or "2024-25".
``first_month`` is the month the government's fiscal year begins in; ``named_by`` says which
calendar year a single-year name ("FY2024", "fiscal 2024") gives: the year the fiscal year
ends in (``"end"``) or begins in (``"start"``). A split name ("2023-24") always gives both.

Sources, one per convention (the naming is the usage of each government's own budget papers):

* **IN** India, April-March, named by its end: the General Clauses Act, 1897, s. 3(21)
  ("financial year" is the year commencing on the first day of April); the Union Budget and
  the Reserve Bank of India write "2023-24" and "FY24" for April 2023 - March 2024.
* **JP** Japan, April-March, named by its start: the Public Finance Act (Act No. 34 of 1947),
  art. 11 (the fiscal year begins on 1 April and ends on 31 March of the following year); the
  Ministry of Finance's "FY2025 budget" is April 2025 - March 2026.
* **PK** Pakistan, July-June, named by its end: the Constitution of Pakistan, art. 260(1)
  ("financial year" is the year commencing on the first day of July); the Finance Division's
  budget and the Pakistan Economic Survey write "FY24" for July 2023 - June 2024.
* **AU** Australia, July-June, named by its end: the Acts Interpretation Act 1901, s. 2B
  ("financial year" is a period of 12 months beginning on 1 July); the Commonwealth budget
  papers write "2023-24", and "FY24" is its end year.
* **US** United States (federal government), October-September, named by its end: 31 U.S.C.
  § 1102 (the fiscal year of the Treasury begins on October 1 and ends on September 30 of the
  following year); the President's Budget for "Fiscal Year 2024" ends on 30 September 2024.

* **BD** Bangladesh, July-June, named by its end: the Constitution of Bangladesh, art. 152(1)
  ("financial year" is the year beginning on the first day of July); the Finance Division's
  budget writes "FY2024-25" and "FY25" for July 2024 - June 2025.
* **EG** Egypt, July-June, named by its end: the Public Finance Unified Law No. 6 of 2022 (the
  fiscal year begins on 1 July and ends on 30 June); the Ministry of Finance writes "FY2023/24".
* **KE** Kenya, July-June, named by its end: the Public Finance Management Act, 2012, s. 2
  ("financial year" is the period of twelve months ending on the thirtieth June in each year).
* **UG** Uganda, July-June, named by its end: the Public Finance Management Act, 2015, s. 3
  ("financial year" is the period of twelve months beginning on 1st July).
* **TZ** Tanzania, July-June, named by its end: the Budget Act, 2015, s. 3 ("financial year" is
  the period of twelve months ending on the thirtieth day of June).
* **NZ** New Zealand, July-June, named by its end: the Public Finance Act 1989, s. 2
  ("financial year" is the 12 months ending on 30 June); the Treasury's "Budget 2024" is FY25.

Which country a fiscal year belongs to is read from the text by ``geoecon.dates``; a text
naming none of these keeps calendar years.
"""

from __future__ import annotations

from typing import Final, Literal

import attrs

__all__ = ["FISCAL_YEARS", "FiscalYear"]


@attrs.frozen
class FiscalYear:
    """One country's fiscal-year convention.

    >>> FISCAL_YEARS["JP"]
    FiscalYear(country='JP', first_month=4, named_by='start')
    """

    country: str  #: ISO 3166-1 alpha-2 code
    first_month: int  #: 1-12, the month the fiscal year begins in
    named_by: Literal["end", "start"]  #: the calendar year a single-year name gives


FISCAL_YEARS: Final[dict[str, FiscalYear]] = {
    convention.country: convention
    for convention in (
        FiscalYear(country="IN", first_month=4, named_by="end"),
        FiscalYear(country="JP", first_month=4, named_by="start"),
        FiscalYear(country="PK", first_month=7, named_by="end"),
        FiscalYear(country="AU", first_month=7, named_by="end"),
        FiscalYear(country="US", first_month=10, named_by="end"),
        FiscalYear(country="BD", first_month=7, named_by="end"),
        FiscalYear(country="EG", first_month=7, named_by="end"),
        FiscalYear(country="KE", first_month=7, named_by="end"),
        FiscalYear(country="UG", first_month=7, named_by="end"),
        FiscalYear(country="TZ", first_month=7, named_by="end"),
        FiscalYear(country="NZ", first_month=7, named_by="end"),
    )
}
