"""Services take typed dependencies: never the composition root's ``AppContext``, ``object`` or
``Any`` (issue 21, decision 2102).

What counts as a dependency parameter, read from the source with ``ast`` (no import needed):

* every parameter of a hand-written ``__init__`` of a class in ``alsep_desktop/services/``
  (constructor injection: what the composition root hands the service);
* a parameter of any function or method there whose name says it carries a dependency:
  ``ctx``, ``context``, ``deps``, ``app``, ``container``, ``services`` or the names the code base
  gives its collaborators (``uow``, ``vault``, ``clock``, ``sales``, ``catalog``, ``session``,
  ``store``).

Such a parameter fails when its annotation is missing, or is ``AppContext``, ``object`` or
``Any`` (bare, dotted, quoted, or with ``| None`` / ``Optional[...]``). A Protocol naming what
the service uses, or the concrete class, passes. Values that are data (``**extra: Any``, a row)
are not dependencies and are not checked.
"""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[3] / "src" / "alsep_desktop" / "services"
BANNED = frozenset({"AppContext", "object", "Any"})
DEPENDENCY_NAMES = frozenset({"ctx", "context", "deps", "app", "container", "services", "uow", "vault", "clock",
                              "sales", "catalog", "session", "store"})


def _banned(annotation: ast.expr | None) -> str | None:
    """The offending name of ``annotation`` (``"unannotated"`` for none), or None when it is typed."""
    if annotation is None:
        return "unannotated"
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        annotation = ast.parse(annotation.value, mode="eval").body
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        parts = [p for p in (annotation.left, annotation.right)
                 if not (isinstance(p, ast.Constant) and p.value is None)]
        return next((b for b in map(_banned, parts) if b is not None), None)
    if isinstance(annotation, ast.Subscript) and _name(annotation.value) == "Optional":
        return _banned(annotation.slice)
    name = _name(annotation)
    return name if name in BANNED else None


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _params(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.arg]:
    a = fn.args
    return [*a.posonlyargs, *a.args, *a.kwonlyargs, *(x for x in (a.vararg, a.kwarg) if x is not None)]


def offenders(source: str, filename: str = "<source>") -> list[str]:
    """``file:line where(param: what)`` for every dependency parameter typed as nothing in particular."""
    tree = ast.parse(source, filename=filename)
    found: list[str] = []
    constructors: set[ast.AST] = set()
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for fn in cls.body:
            if isinstance(fn, ast.FunctionDef) and fn.name == "__init__":
                constructors.add(fn)
                for arg in _params(fn)[1:]:  # not self
                    bad = _banned(arg.annotation)
                    if bad is not None:
                        found.append(f"{filename}:{arg.lineno} {cls.name}.__init__({arg.arg}: {bad})")
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
        if fn in constructors:
            continue
        for arg in _params(fn):
            if arg.arg in DEPENDENCY_NAMES:
                bad = _banned(arg.annotation)
                if bad is not None:
                    found.append(f"{filename}:{arg.lineno} {fn.name}({arg.arg}: {bad})")
    return found


def test_the_rule_catches_every_untyped_dependency() -> None:
    sample = '''
from typing import Any, Optional
class Svc:
    def __init__(self, uow: "UowFactory", sales: object, vat, *, terminal: Optional[Any] = None,
                 clock: "Clock | None" = None) -> None: ...
def helper(ctx: "AppContext", register_id: int, **extra: Any) -> None: ...
def typed(deps: CatalogFiles, uow: app.bootstrap.AppContext | None, row: Any) -> None: ...
'''
    assert [o.split(" ", 1)[1] for o in offenders(sample)] == [
        "Svc.__init__(sales: object)", "Svc.__init__(vat: unannotated)", "Svc.__init__(terminal: Any)",
        "helper(ctx: AppContext)", "typed(uow: AppContext)",
    ]


def test_no_service_takes_the_context_object_or_any_as_a_dependency() -> None:
    files = sorted(SERVICES.rglob("*.py"))
    assert len(files) > 20
    found = [o for p in files for o in offenders(p.read_text(encoding="utf-8"), str(p.relative_to(SERVICES)))]
    assert found == [], "services take typed dependencies (a Protocol or the concrete class):\n" + "\n".join(found)
