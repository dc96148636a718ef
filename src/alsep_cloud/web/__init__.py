"""The owner's cabinet: server-rendered pages beside the API (issue 24), over the same services
and tenancy checks. ``install(app)`` adds its routes; ``cabinet_routes()`` lists them (the body
limit and the tenancy tests enumerate them)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.routing import APIRoute

from alsep_cloud.web import routes_auth, routes_company, routes_points, routes_users
from alsep_cloud.web.pages import PREFIX

__all__ = ["PREFIX", "cabinet_routes", "install"]
# the fallback (an unknown /cabinet/... address: a 404 page) last: routes match in order
ROUTERS = (*(m.router for m in (routes_auth, routes_company, routes_points, routes_users)), routes_auth.fallback)


def cabinet_routes() -> list[APIRoute]:
    return [route for router in ROUTERS for route in router.routes if isinstance(route, APIRoute)]


def install(app: FastAPI) -> None:
    for router in ROUTERS:
        app.include_router(router)
