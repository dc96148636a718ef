"""Pure domain: value objects and rules. No SQL, no Qt, no I/O, no clock reads."""
