"""The admin tab's named operations (issue 21, decision 2131): one small function per manager
action, each returning the zero-argument call the page's op runner runs off the GUI thread.

A page never passes an inline lambda to the runner and never builds a service: it calls
``company_ops.save_company(self.admin, self.principal, data, seen)`` and gets the call back.
``org`` holds the company, trade point, user, register and cloud sign-in actions; ``catalog``
the products, bundles and catalog files; ``reports`` the dashboard, sales and card terminals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: what a page's ``call`` runs on the worker thread
Op = Callable[[], T]
