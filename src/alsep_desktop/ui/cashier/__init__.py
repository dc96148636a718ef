"""The cashier window's screens (issue 5): login, binding, self-test, sale, payment, returns,
reports and shift, cash moves, receipts, help. One module per screen or dialog."""
