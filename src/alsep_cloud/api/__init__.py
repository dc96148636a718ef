"""HTTP layer (FastAPI): routes, auth dependencies, JSON errors. Thin: it parses, picks the
service, and shapes the answer."""
