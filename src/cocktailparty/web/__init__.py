"""The web app: FastAPI serving server-rendered pages (Jinja2 + HTMX) and the JSON API under /api/v1."""
