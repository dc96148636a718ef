"""Value conversions between our types (int tiyn, aware datetimes) and protocol messages."""

from __future__ import annotations

from datetime import datetime

from alsep_desktop.fiscal.errors import OfdEncodeError, OfdProtocolError
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.kernel.clock import ALMATY


def money_to_pb(tiyn: int) -> pb.Money:
    """An amount in tiyn as ``Money{bills, coins}``. Amounts on the wire are never negative."""
    if type(tiyn) is not int:
        raise OfdEncodeError(detail=f"money must be an int number of tiyn, got {type(tiyn).__name__}")
    if tiyn < 0:
        raise OfdEncodeError(detail=f"negative amount {tiyn} tiyn cannot be sent")
    bills, coins = divmod(tiyn, 100)
    return pb.Money(bills=bills, coins=coins)


def money_from_pb(money: pb.Money) -> int:
    if money.coins > 99:
        raise OfdProtocolError("payload", f"coins={money.coins} is more than 99")
    return money.bills * 100 + money.coins


def datetime_to_pb(moment: datetime) -> pb.DateTime:
    """An aware datetime as the register's local civil time (Asia/Almaty)."""
    if moment.tzinfo is None:
        raise OfdEncodeError(detail="naive datetime: OFD times must be timezone-aware")
    local = moment.astimezone(ALMATY)
    return pb.DateTime(
        date=pb.Date(year=local.year, month=local.month, day=local.day),
        time=pb.Time(hour=local.hour, minute=local.minute, second=local.second),
    )


def datetime_from_pb(value: pb.DateTime) -> datetime:
    d, t = value.date, value.time
    try:
        return datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, tzinfo=ALMATY)
    except (ValueError, OverflowError) as exc:
        raise OfdProtocolError("payload", f"invalid date/time: {exc}") from exc
