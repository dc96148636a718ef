"""Use cases. Each public function is one unit of work on a Session the caller opened;
it commits once (or raises and leaves the rollback to the caller). No HTTP here."""
