"""Alembic migrations of the mercato store (``mercato db upgrade`` runs them)."""
