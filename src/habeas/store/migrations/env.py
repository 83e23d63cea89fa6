"""Alembic environment: migrations run on the engine Habeas hands over."""

from alembic import context

from habeas.protect import models as protect_models  # noqa: F401
from habeas.store import (  # noqa: F401  (their tables belong to the metadata too)
    analysis_models,
    auth_models,
    case_models,
    correction_models,
    interop_models,
    names_models,
    queue_models,
    workbench_models,
)
from habeas.store.models import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
