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

* **GB** United Kingdom, April-March, named by its end: the Interpretation Act 1978, sch. 1
  ("financial year" is the twelve months ending with 31st March, for the Consolidated Fund,
  moneys provided by Parliament and central taxes); HM Treasury and the ONS write "2023-24"
  and "financial year ending March 2024".
* **CA** Canada, April-March, named by its end: the Financial Administration Act, s. 2 ("fiscal
  year" is the period beginning on April 1 in one year and ending on March 31 in the next
  year); Finance Canada writes "2023-24", and "fiscal 2024" ends on 31 March 2024.
* **HK** Hong Kong, April-March, named by its end: the Public Finance Ordinance (Cap. 2); the
  Budget writes "2024-25".
* **SG** Singapore, April-March, named by its end: the Financial Procedure Act 1966 (the
  financial year begins on 1 April); the Budget writes "FY2024" for April 2024 - March 2025,
  which a single-year name reads by its end like the others (a known exception).
* **ZA** South Africa, April-March, named by its end: the Public Finance Management Act, 1999,
  s. 1 ("financial year" ends on 31 March); the National Treasury writes "2024/25".
* **KW** Kuwait, April-March, named by its end: the State Budget law (the fiscal year begins on
  1 April); the Ministry of Finance writes "2024/2025".
* **TH** Thailand, October-September, named by its end: the Budget Procedure Act B.E. 2561 (the
  fiscal year begins on 1 October).
* **RW** Rwanda, July-June, named by its end: the Organic Law on Public Finance Management (the
  fiscal year begins on 1 July).

Calendar years (``first_month=1``), written down so that a story about them keeps calendar
years even where another country's fiscal cue is near: every other G20 member and large
emerging economy, each by its budget law:

* **CN** China: the Budget Law of the People's Republic of China (the fiscal year runs from
  1 January to 31 December).
* **RU** Russia: the Budget Code of the Russian Federation, art. 12 (the fiscal year is the
  calendar year).
* **BR** Brazil: Lei 4.320 of 1964, art. 34 (the financial year coincides with the civil year).
* **AR** Argentina: Ley 24.156 de Administración Financiera, art. 10 (1 January to 31 December).
* **MX** Mexico: the Ley Federal de Presupuesto y Responsabilidad Hacendaria (the calendar year).
* **DE** Germany: the Haushaltsgrundsätzegesetz, § 4 (the budget year is the calendar year).
* **FR** France: the Loi organique relative aux lois de finances of 2001, art. 1 (the year of
  a finance law is the calendar year).
* **IT** Italy: Legge 196 of 2009 (the financial year coincides with the solar year).
* **KR** South Korea: the National Finance Act (the fiscal year begins on 1 January).
* **ID** Indonesia: Law No. 17 of 2003 on State Finances (1 January to 31 December).
* **TR** Turkey: the Public Financial Management and Control Law No. 5018 (the calendar year).
* **SA** Saudi Arabia: the state budget has followed the Gregorian calendar year since 2017
  (Council of Ministers' decision on the 2017 budget).
* **EU** the European Union: the Financial Regulation (the financial year runs from 1 January
  to 31 December). ``EU`` is the code the gold sets and ``Options`` use for it.
* **NG** Nigeria: the Fiscal Responsibility Act, 2007 (the budget runs on the calendar year).

Crop marketing years (``MARKETING_YEARS``): the month a commodity's season begins in, for a
split year written of a crop ("the 2016/17 season", "wheat exports in 1986/87"); a season
word with no commodity near takes July-June, the grains year:

* **wheat, maize, corn, barley, sorghum, oats, rye, grains**: July, the Grains Trade
  Convention, 1995, art. 2 (the "crop year" runs from 1 July to 30 June), which the
  International Grains Council's balances follow.
* **coffee**: October, the International Coffee Agreement 2007, art. 2 ("coffee year" means
  the period of one year, from 1 October to 30 September inclusive).
* **cocoa**: October, the International Cocoa Agreement, 2010, art. 2 ("cocoa year" means the
  period of twelve months from 1 October to 30 September inclusive).
* **sugar**: October, the International Sugar Organization's October/September sugar year
  (its world sugar balances).
* **cotton**: August, the International Cotton Advisory Committee's August/July season.

Which country a fiscal year belongs to is read from the text by ``geoecon.dates``
(``dates.countries``), then from the caller's ``country=`` hint; a text naming none of these
keeps calendar years.
"""

from __future__ import annotations

from typing import Final, Literal

import attrs

__all__ = ["FISCAL_YEARS", "MARKETING_YEARS", "FiscalYear"]


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
        FiscalYear(country="GB", first_month=4, named_by="end"),
        FiscalYear(country="CA", first_month=4, named_by="end"),
        FiscalYear(country="HK", first_month=4, named_by="end"),
        FiscalYear(country="SG", first_month=4, named_by="end"),
        FiscalYear(country="ZA", first_month=4, named_by="end"),
        FiscalYear(country="KW", first_month=4, named_by="end"),
        FiscalYear(country="TH", first_month=10, named_by="end"),
        FiscalYear(country="RW", first_month=7, named_by="end"),
        *(
            FiscalYear(country=code, first_month=1, named_by="end")
            for code in ("CN", "RU", "BR", "AR", "MX", "DE", "FR", "IT", "KR", "ID", "TR", "SA", "EU", "NG")
        ),
    )
}

#: The month each commodity's marketing year begins in (see the module's sources).
MARKETING_YEARS: Final[dict[str, int]] = {
    **dict.fromkeys(("wheat", "maize", "corn", "barley", "sorghum", "oats", "rye", "grain", "grains"), 7),
    "coffee": 10,
    "cocoa": 10,
    "sugar": 10,
    "cotton": 8,
}
