"""Work on the machine's cores: a map over independent items in forked worker processes, results in input order
(`fork_map`), and one piece of work in a forked process beside this one (`beside`).

In: a function, a list of items and a number of workers. Out: the function's result for each item, in the
items' order, the same for any number of workers. The workers are forked (Linux's 'fork' start method), so they
see the parent's memory as it was at the fork (a loaded corpus, its parses, the spaCy pipeline): only the item's
position goes to a worker and only its result (plain rows, not spaCy Docs) comes back. With one worker, few items,
or where fork is unavailable, it is a plain loop in this process. A failing item raises `ItemFailed` naming it.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
from typing import Callable, Sequence, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
CHUNKS_PER_WORKER = 4  # items go out in this many contiguous chunks per worker: few messages, balanced ends

_task: Callable | None = None  # the function and items of the work being started, inherited by the forked workers
_items: Sequence = ()


class ItemFailed(RuntimeError):
    """An item's function raised; the message names the item and carries the error (and the worker's traceback)."""


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container or `taskset` narrows)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def each(function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """`function` over `items` in this process, in order: the plain map the analyses take by default."""
    return [function(item) for item in items]


def can_fork() -> bool:
    return sys.platform != "win32" and "fork" in multiprocessing.get_all_start_methods()


def item_name(item: object) -> str:
    """What an error calls an item: a path as written, else its `file`, `name` or `article_id`, else its repr."""
    if isinstance(item, (str, os.PathLike)):
        return str(item)
    for attribute in ("file", "name", "article_id"):
        if isinstance(value := getattr(item, attribute, None), str):
            return value
    return repr(item)[:200]


def fork_map(function: Callable[[Item], Result], items: Sequence[Item], *, workers: int, min_items: int = 2,
             name: Callable[[Item], str] = item_name) -> list[Result]:
    """`[function(item) for item in items]`, over `workers` forked processes when there are at least `min_items`
    items per worker (below that, starting the workers costs more than they save) and fork is available. `name`
    says which item failed in the error."""
    global _task, _items
    items = list(items)
    workers = min(workers, len(items) // max(1, min_items))
    if workers <= 1 or not can_fork():
        return [_checked(function, item, name) for item in items]
    _task, _items = function, items
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            chunk = max(1, -(-len(items) // (workers * CHUNKS_PER_WORKER)))
            outcomes = pool.map(_run, range(len(items)), chunksize=chunk)
    finally:
        _task, _items = None, ()
    results = []
    for item, (failed, value) in zip(items, outcomes):
        if failed:
            raise ItemFailed(f"{name(item)}: {value}")
        results.append(value)
    return results


def beside(function: Callable[[], Result], *, name: str) -> Callable[[], Result]:
    """Start `function()` in a forked process while this one goes on; returns a function that waits for its
    result (its error raised as `ItemFailed` naming `name`). The process sees this one's memory as it was at the
    start, and what `function` changes there stays in it: the result must carry back what is needed. Where fork
    is unavailable, `function()` runs here when its result is asked for."""
    global _task, _items
    if not can_fork():
        return lambda: _checked(lambda _: function(), None, lambda _: name)
    _task, _items = (lambda _: function()), [None]
    try:
        pool = multiprocessing.get_context("fork").Pool(1)
        pending = pool.apply_async(_run, (0,))
    finally:
        _task, _items = None, ()

    def result() -> Result:
        try:
            failed, value = pending.get()
        finally:
            pool.close()
            pool.join()
        if failed:
            raise ItemFailed(f"{name}: {value}")
        return value

    return result


def _checked(function: Callable[[Item], Result], item: Item, name: Callable[[Item], str]) -> Result:
    try:
        return function(item)
    except Exception as error:
        raise ItemFailed(f"{name(item)}: {type(error).__name__}: {error}") from error


def _run(position: int) -> tuple[bool, object]:
    """In a worker: (False, the result) or (True, the error with its traceback as text)."""
    try:
        return False, _task(_items[position])
    except Exception as error:
        return True, f"{type(error).__name__}: {error}\n{traceback.format_exc()}"
