"""The citation graph of the sourcing analysis's `citations` table (networkx only, so a notebook draws it
without importing the sourcing analysis and spaCy)."""

from __future__ import annotations

import networkx as nx
import pandas as pd


def citation_graph(citations: pd.DataFrame) -> nx.DiGraph:
    """Citing -> cited, edges weighted by how often and labelled with the articles."""
    graph = nx.DiGraph()
    for row in citations.itertuples():
        if graph.has_edge(row.citing, row.cited):
            graph[row.citing][row.cited]["weight"] += 1
            graph[row.citing][row.cited]["articles"].add(row.article_id)
        else:
            graph.add_edge(row.citing, row.cited, weight=1, articles={row.article_id})
    return graph
