"""Background operations: one service call per cashier/admin action, off the GUI thread.

The named operations live in this package, one small function per cashier action, grouped by
screen (``sale``, ``shift``, ``login``, ``bind``, ``output``, ``devices``, ``terminal``; Anki's
``aqt/operations`` is the model, decision 2122): a screen calls ``shift_ops.x_report(counter, …)``
and shows the result, never ``ops.run(lambda: …)`` with a service call of its own.

The runner they hand their work to (``OpRunner``, ``Done``, ``Failed``) is ``ui/runner.py``,
re-exported here: the ``Counter`` (``ui/counter.py``) holds one and the ops take the counter, so
the runner sits below both (decision 2123).
"""

from __future__ import annotations

from alsep_desktop.ui.runner import Done, Failed, OpRunner

__all__ = ["Done", "Failed", "OpRunner"]
