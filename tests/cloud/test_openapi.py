"""The served OpenAPI document covers every route, each with a summary, a description,
its answers and errors, and the credential it needs."""

from __future__ import annotations

from alsep_cloud.api.app import api_routes
from tests.cloud.support import CloudServer


def test_openapi_is_served_and_documents_every_route(cloud_pg: CloudServer) -> None:
    client = cloud_pg.client()
    spec = client.get("/openapi.json").json()
    assert spec["info"]["title"] == "Alsep Cloud" and spec["openapi"].startswith("3.")
    assert client.get("/docs").status_code == 200
    routes = api_routes()
    assert len(routes) >= 35
    for route in routes:
        for method in route.methods:
            op = spec["paths"][route.path][method.lower()]
            where = (method, route.path)
            assert op.get("summary") and len(op.get("description", "")) > 20, where
            assert any(code.startswith("2") for code in op["responses"]), where
            if route.path not in ("/health", "/auth/login"):
                assert {"401", "403", "404", "422"} <= set(op["responses"]), where
                schemes = {name for req in op.get("security", []) for name in req}
                assert schemes in ({"AdminToken"}, {"DeviceCredential"}), where
    error = spec["components"]["schemas"]["ErrorOut"]
    assert set(error["properties"]) == {"code", "message", "params"}
    product = spec["components"]["schemas"]["ProductIn"]["properties"]
    assert {"code", "group_code", "name", "barcode", "price_tiyn", "vat_code", "unit", "ntin", "marked",
            "editable_price", "markup_bp", "discount_bp"} <= set(product)
    assert product["price_tiyn"]["type"] == "integer"


def test_unknown_routes_and_methods_answer_json_errors(cloud_pg: CloudServer) -> None:
    client = cloud_pg.client()
    r = client.get("/nope")
    assert r.status_code == 404 and r.json()["code"] == "http.not_found"
    r = client.put("/company")
    assert r.status_code == 405 and r.json()["code"] == "http.method_not_allowed"
    r = client.post("/auth/login", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["code"] == "validation"
