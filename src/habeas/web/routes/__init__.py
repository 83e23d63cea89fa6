"""One ``APIRouter`` per area; ``habeas.web.app.create_app`` includes each. A route reads the request,
calls a service with ``visitor.ctx`` and renders a template (``deps.render``) or answers JSON."""
