"""workspace change stamps, raised by triggers on posts, channels and workspaces

The calendar and the dashboard cache what they render under a workspace's stamp (web/fragments.py). The
database raises the stamp itself, so every write path (the pages, the API, the command line, the worker,
a hand-written UPDATE) invalidates the cache without having to remember to.

SQLite: row triggers (one writer at a time; a trigger's UPDATE is a few microseconds).
PostgreSQL: deferred constraint triggers, so the stamp's row is locked only while the transaction commits
(never across the transaction, where two writers of one workspace would queue behind each other or
deadlock), and raised once per workspace and transaction (a transaction-local setting remembers it), so
inserting 100,000 posts costs one UPDATE, not 100,000.

SQLite drops a table's triggers with the table: a later migration that rebuilds `posts`, `channels` or
`workspaces` in batch mode must create them again (tests/web/test_page_queries.py checks they exist).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# (table, the column naming the workspace)
WATCHED = (("posts", "workspace_id"), ("channels", "workspace_id"), ("workspaces", "id"))

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION cocktail_raise_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    workspace bigint;
    flag text;
BEGIN
    -- Separate branches: a record's missing field is an error even in a branch not taken.
    IF TG_TABLE_NAME = 'workspaces' THEN
        IF TG_OP = 'DELETE' THEN workspace := OLD.id; ELSE workspace := NEW.id; END IF;
    ELSIF TG_OP = 'DELETE' THEN
        workspace := OLD.workspace_id;
    ELSE
        workspace := NEW.workspace_id;
    END IF;
    flag := 'cocktail.stamp_' || workspace;
    IF current_setting(flag, true) IS DISTINCT FROM pg_current_xact_id()::text THEN
        UPDATE workspace_stamps SET version = version + 1 WHERE workspace_id = workspace;
        PERFORM set_config(flag, pg_current_xact_id()::text, true);
    END IF;
    RETURN NULL;
END $$;
"""

PG_NEW_WORKSPACE = """
CREATE OR REPLACE FUNCTION cocktail_new_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO workspace_stamps (workspace_id, version) VALUES (NEW.id, 0) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    op.create_table('workspace_stamps',
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_workspace_stamps_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('workspace_id', name=op.f('pk_workspace_stamps'))
    )
    op.execute("INSERT INTO workspace_stamps (workspace_id, version) SELECT id, 0 FROM workspaces")
    if op.get_context().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute(PG_NEW_WORKSPACE)
        op.execute("CREATE TRIGGER workspaces_new_stamp AFTER INSERT ON workspaces "
                   "FOR EACH ROW EXECUTE FUNCTION cocktail_new_stamp()")
        for table, _ in WATCHED:
            op.execute(f"CREATE CONSTRAINT TRIGGER {table}_raise_stamp AFTER INSERT OR UPDATE OR DELETE ON {table} "
                       "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cocktail_raise_stamp()")
        return
    op.execute("CREATE TRIGGER IF NOT EXISTS workspaces_new_stamp AFTER INSERT ON workspaces BEGIN "
               "INSERT OR IGNORE INTO workspace_stamps (workspace_id, version) VALUES (NEW.id, 0); END")
    for table, column in WATCHED:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            op.execute(f"CREATE TRIGGER IF NOT EXISTS {table}_{event.lower()}_raise_stamp AFTER {event} ON {table} "
                       f"BEGIN UPDATE workspace_stamps SET version = version + 1 "
                       f"WHERE workspace_id = {row}.{column}; END")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for table, _ in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_raise_stamp ON {table}")
        op.execute("DROP TRIGGER IF EXISTS workspaces_new_stamp ON workspaces")
        op.execute("DROP FUNCTION IF EXISTS cocktail_raise_stamp()")
        op.execute("DROP FUNCTION IF EXISTS cocktail_new_stamp()")
    else:
        op.execute("DROP TRIGGER IF EXISTS workspaces_new_stamp")
        for table, _ in WATCHED:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{event}_raise_stamp")
    op.drop_table('workspace_stamps')
