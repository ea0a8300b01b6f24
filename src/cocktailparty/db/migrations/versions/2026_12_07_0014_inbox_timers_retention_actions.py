"""the worker's periodic jobs (one lease row per job), a workspace's inbox retention, and what the team did to
a comment on its network (liked, hidden, deleted)

Revision ID: 0014
Revises: 0015
Create Date: 2026-12-07 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import cocktailparty.db.types

revision = '0014'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('timer_leases',
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('holder', sa.String(length=120), nullable=True),
    sa.Column('leased_until', cocktailparty.db.types.UTCDateTime(), nullable=True),
    sa.Column('next_run_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.Column('last_started_at', cocktailparty.db.types.UTCDateTime(), nullable=True),
    sa.Column('last_finished_at', cocktailparty.db.types.UTCDateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('runs', sa.Integer(), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_timer_leases'))
    )
    # Plain ALTER TABLE on both databases (no batch copy).
    op.add_column('workspaces', sa.Column('inbox_retention_days', sa.Integer(), nullable=False,
                                          server_default='365'))
    for column in ('liked_at', 'hidden_at', 'deleted_at'):
        op.add_column('inbox_items', sa.Column(column, cocktailparty.db.types.UTCDateTime(), nullable=True))


def downgrade() -> None:
    for column in ('liked_at', 'hidden_at', 'deleted_at'):
        op.drop_column('inbox_items', column)
    op.drop_column('workspaces', 'inbox_retention_days')
    op.drop_table('timer_leases')
