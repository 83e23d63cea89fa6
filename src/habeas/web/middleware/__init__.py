"""ASGI middleware, one per module: what every response gets on its way out."""

from habeas.web.middleware.error_pages import ErrorPages
from habeas.web.middleware.security_headers import SecurityHeaders
from habeas.web.middleware.session_cookies import SessionCookies

__all__ = ["ErrorPages", "SecurityHeaders", "SessionCookies"]
