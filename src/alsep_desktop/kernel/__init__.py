"""Kernel utilities every layer above the domain may use: the clock (Asia/Almaty) and the event bus."""
