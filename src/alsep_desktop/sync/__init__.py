"""Desktop side of the cloud back office (issue 14): mirror the change feed, push documents.

Qt-free. ``engine.SyncEngine`` is the one object the application holds (``ctx.sync``, None in
single-PC mode); ``http.CloudHttp`` speaks to the cloud; ``credentials`` keeps the device
credential in the secrets store; ``status.CloudStatus`` is what the status bar shows.
"""
