"""polls: a post's poll (options and duration), when it closes, and its votes once read

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 18:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import cocktailparty.db.types

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE on both databases: a batch copy of posts on SQLite would drop its change-stamp triggers.
    op.add_column('posts', sa.Column('poll', sa.JSON(), nullable=True))
    op.add_column('posts', sa.Column('poll_ends_at', cocktailparty.db.types.UTCDateTime(), nullable=True))
    op.add_column('posts', sa.Column('poll_results', sa.JSON(), nullable=True))
    op.create_index('ix_posts_poll_ends_at', 'posts', ['poll_ends_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_posts_poll_ends_at', table_name='posts')
    op.drop_column('posts', 'poll_results')
    op.drop_column('posts', 'poll_ends_at')
    op.drop_column('posts', 'poll')
