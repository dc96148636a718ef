"""The one place where integer division rounds: half-up (away from zero at .5)."""

from __future__ import annotations


def div_half_up(numerator: int, denominator: int) -> int:
    """Integer ``numerator / denominator`` rounded half away from zero."""
    if denominator == 0:
        raise ZeroDivisionError("denominator is zero")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    sign = -1 if numerator < 0 else 1
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return sign * q


def spread(total: int, weights: list[int]) -> list[int]:
    """Split integer ``total`` across ``weights`` proportionally (largest remainder).

    The parts always add up to ``total`` exactly. Zero weights get zero unless every
    weight is zero, in which case everything goes to the first share.
    """
    if not weights:
        if total:
            raise ValueError("cannot spread a non-zero amount over no weights")
        return []
    if any(w < 0 for w in weights):
        raise ValueError("weights must not be negative")
    wsum = sum(weights)
    if wsum == 0:
        return [total] + [0] * (len(weights) - 1)
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    floors: list[int] = []
    remainders: list[tuple[int, int]] = []
    for i, w in enumerate(weights):
        q, r = divmod(magnitude * w, wsum)
        floors.append(q)
        remainders.append((r, -i))
    left = magnitude - sum(floors)
    for _r, neg_i in sorted(remainders, reverse=True)[:left]:
        floors[-neg_i] += 1
    return [sign * f for f in floors]
