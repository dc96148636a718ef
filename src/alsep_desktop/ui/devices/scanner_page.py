"""The scanners tab of the device settings: keyboard scanner timing, serial scanner, camera.

"Test" buttons run the form's (unsaved) settings on the dialog's own :class:`ScannerBridge`;
the "last scan" label shows what any of them read.
"""

from __future__ import annotations

from alsep_desktop.hardware.scanner.serial import SerialScannerConfig
from alsep_desktop.services.devices import (
    BAUDRATES,
    SCANNER_SUFFIXES,
    CameraSettings,
    SerialPortInfo,
    SerialScannerSettings,
    WedgeSettings,
)
from alsep_desktop.ui.devices.common import shown_code
from alsep_desktop.ui.devices.scanner_bridge import ScannerBridge
from alsep_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    translate,
)


class ScannerPage(QWidget):
    def __init__(self, bridge: ScannerBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        lay = QVBoxLayout(self)

        wedge = QGroupBox(translate("DeviceScannerPage", "USB scanner (keyboard mode)"), self)
        form = QFormLayout(wedge)
        self.wedge_enabled = QCheckBox(translate("DeviceScannerPage", "Recognise scans typed by a USB scanner"), wedge)
        self.wedge_gap = QSpinBox(wedge)
        self.wedge_gap.setRange(5, 500)
        self.wedge_gap.setSuffix(translate("DeviceScannerPage", " ms"))
        self.wedge_min = QSpinBox(wedge)
        self.wedge_min.setRange(1, 64)
        self.wedge_no_suffix = QCheckBox(translate("DeviceScannerPage", "The scanner sends no Enter after a code"), wedge)
        form.addRow(self.wedge_enabled)
        form.addRow(translate("DeviceScannerPage", "Longest pause between keys"), self.wedge_gap)
        form.addRow(translate("DeviceScannerPage", "Shortest code"), self.wedge_min)
        self.wedge_prefix = QLineEdit(wedge)
        self.wedge_prefix.setObjectName("wedge_prefix")
        self.wedge_prefix.setMaxLength(8)
        self.wedge_prefix.setProperty("alsepScanAsText", True)
        self.wedge_prefix.setToolTip(translate("DeviceScannerPage",
                                               "Codes that begin with it are scans even in a text field"))
        form.addRow(self.wedge_no_suffix)
        form.addRow(translate("DeviceScannerPage", "Prefix the scanner sends"), self.wedge_prefix)
        lay.addWidget(wedge)

        serial = QGroupBox(translate("DeviceScannerPage", "Scanner on a COM port"), self)
        form = QFormLayout(serial)
        self.serial_enabled = QCheckBox(translate("DeviceScannerPage", "Use a COM-port scanner"), serial)
        self.serial_port = QComboBox(serial)
        self.serial_port.setEditable(True)
        self.refresh_ports = QPushButton(translate("DeviceScannerPage", "Refresh"), serial)
        row = QHBoxLayout()
        row.addWidget(self.serial_port, 1)
        row.addWidget(self.refresh_ports)
        self.serial_speed = QComboBox(serial)
        for b in BAUDRATES:
            self.serial_speed.addItem(str(b), b)
        self.serial_suffix = QComboBox(serial)
        for s in SCANNER_SUFFIXES:
            self.serial_suffix.addItem(s, s)
        self.serial_test = QPushButton(translate("DeviceScannerPage", "Listen to the scanner"), serial)
        self.serial_test.setCheckable(True)
        form.addRow(self.serial_enabled)
        form.addRow(translate("DeviceScannerPage", "Port"), row)
        form.addRow(translate("DeviceScannerPage", "Speed"), self.serial_speed)
        form.addRow(translate("DeviceScannerPage", "Suffix"), self.serial_suffix)
        form.addRow(self.serial_test)
        lay.addWidget(serial)

        camera = QGroupBox(translate("DeviceScannerPage", "Camera (DataMatrix)"), self)
        form = QFormLayout(camera)
        self.camera_index = QSpinBox(camera)
        self.camera_index.setRange(0, 9)
        self.camera_file = QLineEdit(camera)
        self.camera_file.setPlaceholderText(translate("DeviceScannerPage", "an MJPEG AVI video file instead of the camera (optional)"))
        self.camera_test = QPushButton(translate("DeviceScannerPage", "Start camera scan"), camera)
        self.camera_test.setCheckable(True)
        self.camera_state = QLabel("", camera)
        form.addRow(translate("DeviceScannerPage", "Camera number"), self.camera_index)
        form.addRow(translate("DeviceScannerPage", "Video file"), self.camera_file)
        form.addRow(self.camera_test, self.camera_state)
        lay.addWidget(camera)

        self.last_scan = QLabel(translate("DeviceScannerPage", "Last scan: none yet"), self)
        self.last_scan.setWordWrap(True)
        lay.addWidget(self.last_scan)
        lay.addStretch(1)

        self.serial_test.toggled.connect(self._toggle_serial)
        self.camera_test.toggled.connect(self._toggle_camera)
        bridge.scanned_from.connect(self._on_scan)
        bridge.state_changed.connect(self._on_state)

    # -- values -------------------------------------------------------------------------
    def set_ports(self, ports: list[SerialPortInfo]) -> None:
        current = self.serial_port.currentText()
        self.serial_port.clear()
        for p in ports:
            self.serial_port.addItem(f"{p.device} — {p.description}" if p.description else p.device, p.device)
        self.serial_port.setEditText(current)

    def load(self, wedge: WedgeSettings, serial: SerialScannerSettings, camera: CameraSettings) -> None:
        self.wedge_enabled.setChecked(wedge.enabled)
        self.wedge_gap.setValue(wedge.max_gap_ms)
        self.wedge_min.setValue(wedge.min_length)
        self.wedge_no_suffix.setChecked(wedge.end_without_terminator)
        self.wedge_prefix.setText(wedge.prefix)
        self.serial_enabled.setChecked(serial.enabled)
        self.serial_port.setEditText(serial.port)
        _select(self.serial_speed, serial.baudrate)
        _select(self.serial_suffix, serial.suffix)
        self.camera_index.setValue(camera.index)
        self.camera_file.setText(camera.file)

    def port(self) -> str:
        text = self.serial_port.currentText().strip()
        index = self.serial_port.findText(text)
        return str(self.serial_port.itemData(index)) if index >= 0 else text

    def wedge(self) -> WedgeSettings:
        return WedgeSettings(self.wedge_enabled.isChecked(), self.wedge_gap.value(), self.wedge_min.value(),
                             self.wedge_no_suffix.isChecked(), self.wedge_prefix.text())

    def serial(self) -> SerialScannerSettings:
        return SerialScannerSettings(self.serial_enabled.isChecked(), self.port(),
                                     int(self.serial_speed.currentData()), str(self.serial_suffix.currentData()))

    def camera(self) -> CameraSettings:
        return CameraSettings(self.camera_index.value(), self.camera_file.text().strip())

    # -- tests --------------------------------------------------------------------------
    def _toggle_serial(self, on: bool) -> None:
        if on:
            s = self.serial()
            self.bridge.start_serial(SerialScannerConfig(s.port, s.baudrate, suffix=s.suffix))
            self.serial_test.setText(translate("DeviceScannerPage", "Stop listening"))
        else:
            self.bridge.stop_serial()
            self.serial_test.setText(translate("DeviceScannerPage", "Listen to the scanner"))

    def _toggle_camera(self, on: bool) -> None:
        if on:
            self.bridge.start_camera(self.camera().source)
            self.camera_test.setText(translate("DeviceScannerPage", "Stop camera scan"))
        else:
            self.bridge.stop_camera()
            self.camera_test.setText(translate("DeviceScannerPage", "Start camera scan"))

    def _on_scan(self, source: str, code: str) -> None:
        names = {"serial": translate("DeviceScannerPage", "COM port"), "camera": translate("DeviceScannerPage", "camera"), "wedge": translate("DeviceScannerPage", "USB scanner")}
        self.last_scan.setText(translate("DeviceScannerPage", "Last scan (%1): %2").replace("%1", names.get(source, source))
                               .replace("%2", shown_code(code)))

    def _on_state(self, source: str, state: str) -> None:
        if source != "camera":
            return
        texts = {"connecting": translate("DeviceScannerPage", "opening…"), "connected": translate("DeviceScannerPage", "looking for a code…"),
                 "disconnected": translate("DeviceScannerPage", "the camera does not answer"), "finished": translate("DeviceScannerPage", "the video ended"),
                 "stopped": translate("DeviceScannerPage", "stopped")}
        self.camera_state.setText(texts.get(state, state))
        if state == "finished" and self.camera_test.isChecked():
            self.camera_test.setChecked(False)

    def stop_tests(self) -> None:
        self.serial_test.setChecked(False)
        self.camera_test.setChecked(False)
        self.bridge.stop_serial()
        self.bridge.stop_camera()


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
