"""The cloud back office as seen from the register: HTTP client, its typed errors, stored device
credentials, the admin and catalog-import calls, and the link status. An adapter: it imports the
kernel, the domain and the store only, never services or the background workers."""
