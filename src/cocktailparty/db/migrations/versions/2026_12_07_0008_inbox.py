"""the inbox: fetched items, fetch cursors per channel and kind, internal notes, saved replies; posts that reply

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-07 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import cocktailparty.db.types

revision = '0008'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reply_to_remote_id', sa.String(length=255), nullable=True))

    op.create_table('inbox_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('channel_id', sa.Integer(), nullable=False),
    sa.Column('network', sa.String(length=20), nullable=False),
    sa.Column('remote_id', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('author', sa.String(length=255), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('in_reply_to', sa.String(length=255), nullable=True),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('reply_post_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('created_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.Column('fetched_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_inbox_items_assignee_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_inbox_items_channel_id_channels'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_inbox_items_post_id_posts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['reply_post_id'], ['posts.id'], name=op.f('fk_inbox_items_reply_post_id_posts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_inbox_items_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_items')),
    sa.UniqueConstraint('channel_id', 'remote_id', name='uq_inbox_items_channel_remote')
    )
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inbox_items_channel_id'), ['channel_id'], unique=False)
        batch_op.create_index('ix_inbox_items_workspace_state_created', ['workspace_id', 'state', 'created_at'], unique=False)
        batch_op.create_index('ix_inbox_items_workspace_created', ['workspace_id', 'created_at'], unique=False)

    op.create_table('inbox_cursors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('position', sa.String(length=255), nullable=True),
    sa.Column('last_fetched_at', cocktailparty.db.types.UTCDateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('error_kind', sa.String(length=20), nullable=True),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', cocktailparty.db.types.UTCDateTime(), nullable=True),
    sa.Column('updated_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_inbox_cursors_channel_id_channels'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_cursors')),
    sa.UniqueConstraint('channel_id', 'kind', name='uq_inbox_cursors_channel_kind')
    )

    op.create_table('inbox_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_inbox_notes_author_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['item_id'], ['inbox_items.id'], name=op.f('fk_inbox_notes_item_id_inbox_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_notes'))
    )
    with op.batch_alter_table('inbox_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inbox_notes_item_id'), ['item_id'], unique=False)

    op.create_table('saved_replies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_saved_replies_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_replies'))
    )
    with op.batch_alter_table('saved_replies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_saved_replies_workspace_id'), ['workspace_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('saved_replies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_saved_replies_workspace_id'))
    op.drop_table('saved_replies')
    with op.batch_alter_table('inbox_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbox_notes_item_id'))
    op.drop_table('inbox_notes')
    op.drop_table('inbox_cursors')
    with op.batch_alter_table('inbox_items', schema=None) as batch_op:
        batch_op.drop_index('ix_inbox_items_workspace_created')
        batch_op.drop_index('ix_inbox_items_workspace_state_created')
        batch_op.drop_index(batch_op.f('ix_inbox_items_channel_id'))
    op.drop_table('inbox_items')
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_column('reply_to_remote_id')
