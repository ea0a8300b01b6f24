"""ORM models, one module per table."""

from cocktailparty.models.api_token import ApiToken
from cocktailparty.models.audit_run import AuditRun, AuditStatus
from cocktailparty.models.avoid_day import AvoidDay
from cocktailparty.models.base import Base
from cocktailparty.models.channel import Channel
from cocktailparty.models.feed_token import FeedToken
from cocktailparty.models.invitation import Invitation
from cocktailparty.models.library_item import LibraryItem
from cocktailparty.models.media_file import MediaFile
from cocktailparty.models.membership import Membership, Role
from cocktailparty.models.post import Post, PostState
from cocktailparty.models.post_media import PostMedia
from cocktailparty.models.publish_attempt import PublishAttempt
from cocktailparty.models.user import User
from cocktailparty.models.web_session import WebSession
from cocktailparty.models.workspace import Workspace

__all__ = [
    "ApiToken", "AuditRun", "AuditStatus",
    "AvoidDay", "Base", "Channel", "FeedToken", "Invitation", "LibraryItem", "MediaFile", "Membership", "Post",
    "PostMedia", "PostState",
    "PublishAttempt", "Role", "User", "WebSession", "Workspace",
]
