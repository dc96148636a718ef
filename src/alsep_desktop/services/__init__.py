"""Use cases. Each mutating call is one unit of work and returns an OpResult with change flags."""
