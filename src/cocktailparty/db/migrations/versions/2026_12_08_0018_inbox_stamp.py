"""a workspace's inbox stamp, raised by triggers on inbox_items

The inbox page counts the open items and measures the last week's response times on every request: 100,000 items
cost two scans of 10 ms each on PostgreSQL. Both are now kept per app process under the workspace's inbox stamp
(`workspace_stamps.inbox_version`), which the database raises on every insert, update or delete of the workspace's
inbox items, whatever the write path (a fetch, the pages, the API, the publisher marking an item answered, the
retention job, a channel's removal cascading). It is apart from `version` (migration 0006) so that a fetch does not
make the calendar and the dashboard render again.

SQLite: row triggers. PostgreSQL: deferred constraint triggers raising it once per workspace and transaction, as in
migration 0006 (a fetched page of 1,000 items costs one UPDATE).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-08 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION cocktail_raise_inbox_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    workspace bigint;
    flag text;
BEGIN
    IF TG_OP = 'DELETE' THEN workspace := OLD.workspace_id; ELSE workspace := NEW.workspace_id; END IF;
    flag := 'cocktail.inbox_stamp_' || workspace;
    IF current_setting(flag, true) IS DISTINCT FROM pg_current_xact_id()::text THEN
        UPDATE workspace_stamps SET inbox_version = inbox_version + 1 WHERE workspace_id = workspace;
        PERFORM set_config(flag, pg_current_xact_id()::text, true);
    END IF;
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    op.add_column('workspace_stamps', sa.Column('inbox_version', sa.BigInteger(), nullable=False, server_default='0'))
    if op.get_context().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute("CREATE CONSTRAINT TRIGGER inbox_items_raise_stamp AFTER INSERT OR UPDATE OR DELETE ON inbox_items "
                   "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cocktail_raise_inbox_stamp()")
        return
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        op.execute(f"CREATE TRIGGER IF NOT EXISTS inbox_items_{event.lower()}_raise_stamp AFTER {event} ON inbox_items "
                   f"BEGIN UPDATE workspace_stamps SET inbox_version = inbox_version + 1 "
                   f"WHERE workspace_id = {row}.workspace_id; END")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS inbox_items_raise_stamp ON inbox_items")
        op.execute("DROP FUNCTION IF EXISTS cocktail_raise_inbox_stamp()")
    else:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS inbox_items_{event}_raise_stamp")
    op.drop_column('workspace_stamps', 'inbox_version')
