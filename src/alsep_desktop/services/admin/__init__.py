"""The admin tab's services, one per aggregate (issue 21, decision 2130).

``company``, ``trade_points``, ``registers``, ``users`` and ``catalog`` (products and bundles)
each declare one small Protocol with two implementations: ``Local…`` (this PC's store, single-PC
mode) and ``Cloud…`` (the cloud's REST call through ``cloud_client.admin_remote``, mirrored back,
over :class:`~alsep_desktop.services.admin.cloud_line.CloudLine`). :mod:`.choice` picks the set
once per cloud (``AdminChoice.current``), never with an ``if`` per call. Roles are checked in
every implementation. Qt-free; imports only kernel, domain, adapters, store and other services.
"""
