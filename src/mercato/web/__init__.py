"""The web face of mercato: a REST API and a server-rendered dashboard on one FastAPI app.

    app = create_app("sqlite:///mercato.db")     # what `mercato serve` runs under uvicorn

Pages and API share slugs (``/person/massimiliano-allegri`` and ``/api/people/massimiliano-allegri``).
"""

from mercato.web.app import create_app

__all__ = ["create_app"]
