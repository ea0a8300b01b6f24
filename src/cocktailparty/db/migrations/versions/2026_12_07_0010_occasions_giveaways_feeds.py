"""occasions (a workspace's country, languages and choices)

Revision ID: 0010
Revises: 0005
Create Date: 2026-12-07 15:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import cocktailparty.db.types


revision = '0010'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('occasion_settings',
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('languages', sa.String(length=20), nullable=False),
    sa.Column('international', sa.Text(), nullable=False),
    sa.Column('no_promotion', sa.Text(), nullable=False),
    sa.Column('ramadan_evening', sa.Boolean(), nullable=False),
    sa.Column('ramadan_evening_at', sa.String(length=5), nullable=False),
    sa.Column('updated_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_occasion_settings_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('workspace_id', name=op.f('pk_occasion_settings'))
    )


def downgrade() -> None:
    op.drop_table('occasion_settings')
