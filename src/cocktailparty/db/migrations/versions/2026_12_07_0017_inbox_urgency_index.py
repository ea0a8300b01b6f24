"""the inbox page's order (open first, then by label's urgency, newest first) read from an index, one (state,
label) group at a time, instead of sorting every item of the workspace; and the response-time window's
fingerprint (count, newest id, latest answer) read from an index that holds every column it needs

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 23:00:00
"""

from __future__ import annotations

from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_inbox_items_workspace_state_label_created', 'inbox_items',
                    ['workspace_id', 'state', 'label', 'created_at'], unique=False)
    op.create_index('ix_inbox_items_workspace_created_label_kind_answered', 'inbox_items',
                    ['workspace_id', 'created_at', 'label', 'kind', 'answered_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_inbox_items_workspace_created_label_kind_answered', table_name='inbox_items')
    op.drop_index('ix_inbox_items_workspace_state_label_created', table_name='inbox_items')
