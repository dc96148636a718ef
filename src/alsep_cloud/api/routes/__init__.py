"""One router per area; ``api.app`` mounts them all."""
