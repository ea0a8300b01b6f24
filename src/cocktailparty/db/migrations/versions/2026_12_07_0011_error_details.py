"""error details: a post's, a feed's and an inbox cursor's last error kept as a message (template and
parameters) beside its English text, so each reader sees it in their own language

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-07 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0009'
branch_labels = None
depends_on = None

TABLES = ("posts", "feeds", "inbox_cursors")


def upgrade() -> None:
    # Plain ALTER TABLE on both databases: a batch copy of posts on SQLite would drop its change-stamp triggers.
    for table in TABLES:
        op.add_column(table, sa.Column('last_error_detail', sa.JSON(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, 'last_error_detail')
