"""Application plumbing: composition root, configuration, clock, events, errors."""
