"""What the next processes do (:class:`Plan`) and what goes wrong on the wire (:class:`Fault`)."""

from __future__ import annotations

from dataclasses import dataclass

OUTCOMES = ("success", "fail", "unknown")
METHODS = ("card", "qr")
FAULT_KINDS = ("drop", "delay", "garbage")


@dataclass(frozen=True, slots=True)
class Plan:
    """The course of one process (payment or refund), taken in order by new processes.

    ``outcome`` is reached after ``delay`` seconds in ``wait``. An ``unknown`` process stays
    unknown until actualized ``actualizes`` times, then becomes ``resolve``; if ``resolve`` is
    success the money was taken when it went unknown (the bank took it, the terminal lost the
    answer). A refund that the ledger does not allow fails whatever the plan says.
    """

    outcome: str = "success"
    method: str = "card"
    delay: float = 0.2
    message: str = ""
    resolve: str = "success"
    actualizes: int = 1

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES or self.resolve not in ("success", "fail"):
            raise ValueError(f"bad plan outcome {self.outcome!r}/{self.resolve!r}")
        if self.method not in METHODS:
            raise ValueError(f"bad method {self.method!r}")

    @classmethod
    def late_approval(cls, after: float, method: str = "card") -> Plan:
        """Approved only after ``after`` seconds: longer than the register is willing to wait."""
        return cls(outcome="success", method=method, delay=after)

    @classmethod
    def unknown_until_actualized(cls, resolve: str = "success", actualizes: int = 1, method: str = "card",
                                 delay: float = 0.1) -> Plan:
        return cls(outcome="unknown", resolve=resolve, actualizes=actualizes, method=method, delay=delay)


@dataclass(slots=True)
class Fault:
    """``drop``: close the connection without an answer; ``garbage``: answer 200 with a body that
    is not JSON; ``delay``: answer ``seconds`` late. ``when="before"``: the request is not
    executed (drop/garbage) or the delay comes first; ``"after"``: it is executed and then the
    answer is lost, garbled or late. ``path=None`` matches any route."""

    kind: str
    path: str | None = None
    when: str = "before"
    seconds: float = 0.0
    times: int = 1

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS or self.when not in ("before", "after"):
            raise ValueError(f"bad fault {self.kind!r}/{self.when!r}")

    def matches(self, path: str) -> bool:
        return self.times > 0 and (self.path is None or self.path == path)
