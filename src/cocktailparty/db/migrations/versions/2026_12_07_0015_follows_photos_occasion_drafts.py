"""follows, photos, occasion drafts: a curation source can be a public Mastodon account or hashtag or a Bluesky
account (its kind, and the cursor of its last read); a team moment's draft can carry a photo from the media
library with its alt text; the occasion greetings drafted by the daily job are remembered, so a second run
drafts nothing twice

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-07 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE on both databases (no batch copy of a table).
    op.add_column('feeds', sa.Column('kind', sa.String(length=20), nullable=False, server_default='feed'))
    op.add_column('feeds', sa.Column('cursor', sa.String(length=200), nullable=False, server_default=''))
    # moment_drafts has no triggers, so the batch copy SQLite needs for a new foreign key loses nothing.
    with op.batch_alter_table('moment_drafts') as batch:
        batch.add_column(sa.Column('media_id', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('alt_text', sa.Text(), nullable=False, server_default=''))
        batch.create_foreign_key(op.f('fk_moment_drafts_media_id_media'), 'media', ['media_id'], ['id'],
                                 ondelete='SET NULL')
    op.create_table(
        'occasion_drafts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workspace_id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=120), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('lang', sa.String(length=2), nullable=False),
        sa.Column('library_item_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'],
                                name=op.f('fk_occasion_drafts_workspace_id_workspaces'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['library_item_id'], ['library_items.id'],
                                name=op.f('fk_occasion_drafts_library_item_id_library_items'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_occasion_drafts')),
        sa.UniqueConstraint('workspace_id', 'key', 'day', 'lang', name='uq_occasion_drafts_workspace_key_day_lang'),
    )


def downgrade() -> None:
    op.drop_table('occasion_drafts')
    with op.batch_alter_table('moment_drafts') as batch:
        batch.drop_constraint(op.f('fk_moment_drafts_media_id_media'), type_='foreignkey')
        batch.drop_column('alt_text')
        batch.drop_column('media_id')
    op.drop_column('feeds', 'cursor')
    op.drop_column('feeds', 'kind')
