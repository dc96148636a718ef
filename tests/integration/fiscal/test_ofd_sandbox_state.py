"""The demo OFD sandbox keeps its fiscal memory as JSON, never as pickle (issue 13)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

from alsep_desktop.fiscal.sandbox import persist
from tests.support.pos import make_pos


def test_the_state_is_json_and_comes_back_whole(tmp_path: Path) -> None:
    pos = make_pos(tmp_path)
    try:
        for _ in range(3):
            pos.sell()
        pos.stop_ofd()
        pos.sell()  # offline: the sandbox has not seen it yet
        pos.start_ofd()
        pos.ctx.delivery.drain(pos.register_id)
        memory = pos.memory
        state = tmp_path / "ofd.state"
        persist.save(memory, state)
        data = json.loads(state.read_text(encoding="utf-8"))
        assert data["format"] == persist.FORMAT
        back = persist.load(state)
        assert back is not None
        device = memory.devices()[0]
        assert back.devices() == memory.devices()
        assert back.current_token(device) == memory.current_token(device)
        assert back.documents(device) == memory.documents(device)
        assert back.stats(device) == memory.stats(device)
        assert persist.dumps(back) == persist.dumps(memory)  # nothing lost, nothing changed
        # the register goes on selling against the restored memory
        pos.sandbox.stop()
        from alsep_desktop.fiscal.sandbox import OfdSandbox

        pos.sandbox = OfdSandbox("127.0.0.1", pos.sandbox.port, memory=back, read_timeout=2.0).start()
        assert pos.sell().state == "signed"
        assert len(back.fiscal_signs(device)) == 5
    finally:
        pos.ctx.close()
        pos.sandbox.stop()


class _Evil:
    def __reduce__(self):  # noqa: ANN204
        return (Path.touch, (Path(_Evil.target),))


def test_a_pickle_is_never_executed(tmp_path: Path) -> None:
    _Evil.target = str(tmp_path / "pwned")
    state = tmp_path / "ofd.state"
    state.write_bytes(pickle.dumps(_Evil()))
    assert persist.load(state) is None  # an older sandbox's file, or an attack: start afresh
    assert not (tmp_path / "pwned").exists()


def test_unknown_classes_are_refused(tmp_path: Path) -> None:
    state = tmp_path / "ofd.state"
    state.write_text(json.dumps({"format": persist.FORMAT, "version": persist.VERSION, "memory": {
        "registers": {"d": [[1, {"dc": "Popen", "f": {}}]]}, "signs": {"set": []}, "rng": {"t": []},
        "auto_register": False, "nomenclature_version": 1, "accounts": {"d": []}}}), encoding="utf-8")
    assert persist.load(state) is None
