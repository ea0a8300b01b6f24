"""a workspace's inbox response target and the business hours it is counted in

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-07 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE on both databases (no batch copy).
    op.add_column('workspaces', sa.Column('response_target_minutes', sa.Integer(), nullable=False,
                                          server_default='60'))
    op.add_column('workspaces', sa.Column('business_hours', sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column('workspaces', 'business_hours')
    op.drop_column('workspaces', 'response_target_minutes')
