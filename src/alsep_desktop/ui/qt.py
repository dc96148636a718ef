"""The single import point of PySide6 for the whole app."""

from PySide6.QtCore import (  # noqa: F401
    QCoreApplication,
    QDate,
    QRectF,
    QRegularExpression,
    QEvent,
    QLocale,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import (  # noqa: F401
    QKeyEvent,
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPen,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QSizePolicy,
    QSplitter,
    QHeaderView,
    QLineEdit,
    QProgressDialog,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)


def tr(context: str, text: str) -> str:
    """Translate through Qt's translation system."""
    return QCoreApplication.translate(context, text)
