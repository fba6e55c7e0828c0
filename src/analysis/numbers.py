"""The numbers analysis: every figure in every article, grouped into claims and compared across articles.

In: a `Corpus`. Out (`analyse`): a `NumbersResult` with the tables numbers.csv, claims.csv and number_flags.csv.
Quantity extraction on any string lives in `analysis.quantities` (`find_quantities`, re-exported here).
"""

from __future__ import annotations

from .quantities import Quantity, find_quantities

__all__ = ["Quantity", "find_quantities"]
