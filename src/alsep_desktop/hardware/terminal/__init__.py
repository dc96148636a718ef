"""Card payment terminals, one module per vendor protocol, behind ``PaymentTerminal``.

``kaspi`` (Kaspi Smart POS local API, decision 0701) and ``fake`` (scripted). The emulator of the
Kaspi terminal for tests and demo lives in the separate ``alsep_terminal_emulator`` package.
Nothing here is imported by this ``__init__``: vendor modules load their libraries lazily.
"""
