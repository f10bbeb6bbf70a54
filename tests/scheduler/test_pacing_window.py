"""The overall pacer never lets more sends out in one second than its limit allows, even
when the event loop wakes its waiting senders late (a busy machine): the platform counts
what it receives in a second, not what was planned.

The windows are counted on the instants the pacer let each send go (its own clock readings),
not on a timestamp the test takes afterwards: on a loaded machine the process can be
descheduled between the two, which would measure the machine, not the pacer.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque

from scheduler.pacing import Limits, Pacer


class _Logged(deque):  # type: ignore[type-arg]
    """The pacer's record of recent sends, also kept whole for the test."""

    def __init__(self) -> None:
        super().__init__()
        self.all: list[float] = []

    def append(self, t: float) -> None:
        self.all.append(t)
        super().append(t)


async def test_late_wake_ups_do_not_bunch_sends_over_the_limit():
    pacer = Pacer(Limits(overall=20.0, overall_burst=1.0, per_chat=None))
    pacer.recent = log = _Logged()
    sent: list[float] = []

    async def one(i: int) -> None:
        async with pacer.slot(f"chat{i}"):
            sent.append(time.monotonic())

    async def stall() -> None:  # a handler hogging the loop, twice
        for _ in range(2):
            await asyncio.sleep(0.4)
            time.sleep(0.3)

    await asyncio.gather(stall(), *(one(i) for i in range(50)))
    assert len(sent) == 50
    let_go = log.all
    assert len(let_go) == 50
    worst = max(sum(1 for t in let_go if s <= t < s + 1.0) for s in let_go)
    assert worst <= 20  # the bucket allows rate + burst - 1 = 20 in any second
    assert pacer.per_second == 20
