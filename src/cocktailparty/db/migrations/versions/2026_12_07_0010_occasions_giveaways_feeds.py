"""occasions (a workspace's country, languages and choices), giveaways and their entries, curation feeds and their items, the team directory with
consent per person and kind of moment

Revision ID: 0010
Revises: 0005
Create Date: 2026-12-07 15:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import cocktailparty.db.types


revision = '0010'
down_revision = '0006'
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

    op.create_table('giveaways',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('channel_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('post_remote_id', sa.String(length=255), nullable=False),
    sa.Column('entry_kind', sa.String(length=10), nullable=False),
    sa.Column('hashtag', sa.String(length=100), nullable=False),
    sa.Column('tag_count', sa.Integer(), nullable=False),
    sa.Column('staff', sa.Text(), nullable=False),
    sa.Column('deadline', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.Column('winners_count', sa.Integer(), nullable=False),
    sa.Column('seed_secret', sa.Text(), nullable=False),
    sa.Column('commitment', sa.String(length=64), nullable=False),
    sa.Column('seed', sa.String(length=200), nullable=True),
    sa.Column('winners', sa.Text(), nullable=True),
    sa.Column('entries_sha256', sa.String(length=64), nullable=True),
    sa.Column('drawn_at', cocktailparty.db.types.UTCDateTime(), nullable=True),
    sa.Column('collected_at', cocktailparty.db.types.UTCDateTime(), nullable=True),
    sa.Column('created_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_giveaways_channel_id_channels'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_giveaways_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_giveaways'))
    )
    with op.batch_alter_table('giveaways', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_giveaways_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('giveaway_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('giveaway_id', sa.Integer(), nullable=False),
    sa.Column('account', sa.String(length=255), nullable=False),
    sa.Column('remote_id', sa.String(length=255), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('entered_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['giveaway_id'], ['giveaways.id'], name=op.f('fk_giveaway_entries_giveaway_id_giveaways'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_giveaway_entries')),
    sa.UniqueConstraint('giveaway_id', 'account', name='uq_giveaway_entries_giveaway_account')
    )
    with op.batch_alter_table('giveaway_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_giveaway_entries_giveaway_id'), ['giveaway_id'], unique=False)

    op.create_table('feeds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('etag', sa.String(length=500), nullable=False),
    sa.Column('last_modified', sa.String(length=100), nullable=False),
    sa.Column('last_fetched_at', cocktailparty.db.types.UTCDateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_feeds_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feeds')),
    sa.UniqueConstraint('workspace_id', 'url', name='uq_feeds_workspace_url')
    )
    op.create_table('feed_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('feed_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('link', sa.String(length=2000), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('author_url', sa.String(length=2000), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('published_at', cocktailparty.db.types.UTCDateTime(), nullable=True),
    sa.Column('created_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['feed_id'], ['feeds.id'], name=op.f('fk_feed_items_feed_id_feeds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_feed_items_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_items')),
    sa.UniqueConstraint('workspace_id', 'key', name='uq_feed_items_workspace_key')
    )
    with op.batch_alter_table('feed_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feed_items_feed_id'), ['feed_id'], unique=False)

    op.create_table('team_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('lang', sa.String(length=2), nullable=False),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('created_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_team_members_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_members'))
    )
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_members_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('team_moments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_team_moments_member_id_team_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_moments'))
    )
    with op.batch_alter_table('team_moments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_moments_member_id'), ['member_id'], unique=False)

    op.create_table('moment_consents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.Column('granted_at', cocktailparty.db.types.UTCDateTime(), nullable=False),
    sa.Column('withdrawn_at', cocktailparty.db.types.UTCDateTime(), nullable=True),
    sa.Column('withdrawn_by', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_moment_consents_member_id_team_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_moment_consents'))
    )
    with op.batch_alter_table('moment_consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_moment_consents_member_id'), ['member_id'], unique=False)

    op.create_table('moment_drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('library_item_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['library_item_id'], ['library_items.id'], name=op.f('fk_moment_drafts_library_item_id_library_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_moment_drafts_member_id_team_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_moment_drafts')),
    sa.UniqueConstraint('member_id', 'kind', 'day', name='uq_moment_drafts_member_kind_day')
    )


def downgrade() -> None:
    op.drop_table('moment_drafts')
    op.drop_table('moment_consents')
    op.drop_table('team_moments')
    op.drop_table('team_members')
    op.drop_table('feed_items')
    op.drop_table('feeds')
    op.drop_table('giveaway_entries')
    op.drop_table('giveaways')
    op.drop_table('occasion_settings')
