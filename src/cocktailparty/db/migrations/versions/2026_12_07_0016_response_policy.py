"""a workspace's inbox response target and the business hours it is counted in, and when an inbox item's first
answer went out

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-07 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import cocktailparty.db.types

revision = '0016'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE on both databases (no batch copy).
    op.add_column('workspaces', sa.Column('response_target_minutes', sa.Integer(), nullable=False,
                                          server_default='60'))
    op.add_column('workspaces', sa.Column('business_hours', sa.JSON(), nullable=True))
    op.add_column('inbox_items', sa.Column('answered_at', cocktailparty.db.types.UTCDateTime(), nullable=True))
    # Items answered before: their reply's publication (the only answer known for them).
    op.execute("UPDATE inbox_items SET answered_at = (SELECT posts.published_at FROM posts "
               "WHERE posts.id = inbox_items.reply_post_id) WHERE reply_post_id IS NOT NULL")


def downgrade() -> None:
    op.drop_column('inbox_items', 'answered_at')
    op.drop_column('workspaces', 'business_hours')
    op.drop_column('workspaces', 'response_target_minutes')
