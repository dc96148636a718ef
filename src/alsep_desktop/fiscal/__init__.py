"""OFD protocol 2.0.3 (Kazakhtelecom) and, later, the fiscal lifecycle.

Layers (style guide, principle 9): ``header``/``codec`` (bytes <-> messages, pure),
``transport`` (TCP framing and timeouts), ``client`` (session: token, request numbers,
outcomes). ``sandbox`` is a local OFD server for tests and the demo; nothing outside
``sandbox`` imports it. No Qt and no SQLAlchemy here.
"""
