"""ORM models, one module per table."""

from cocktailparty.models.api_token import ApiToken
from cocktailparty.models.audit_run import AuditRun, AuditStatus
from cocktailparty.models.avoid_day import AvoidDay
from cocktailparty.models.base import Base
from cocktailparty.models.category_correction import CategoryCorrection, CorrectionState
from cocktailparty.models.channel import Channel
from cocktailparty.models.feed import Feed
from cocktailparty.models.feed_item import FeedItem
from cocktailparty.models.feed_token import FeedToken
from cocktailparty.models.giveaway import Giveaway
from cocktailparty.models.giveaway_entry import GiveawayEntry
from cocktailparty.models.inbox_cursor import InboxCursor
from cocktailparty.models.inbox_item import InboxItem, InboxState
from cocktailparty.models.inbox_note import InboxNote
from cocktailparty.models.invitation import Invitation
from cocktailparty.models.library_item import LibraryItem
from cocktailparty.models.media_file import MediaFile
from cocktailparty.models.membership import Membership, Role
from cocktailparty.models.moment_consent import MomentConsent
from cocktailparty.models.moment_draft import MomentDraft
from cocktailparty.models.occasion_draft import OccasionDraft
from cocktailparty.models.occasion_settings import OccasionSettings
from cocktailparty.models.post import Post, PostState
from cocktailparty.models.post_media import PostMedia
from cocktailparty.models.publish_attempt import PublishAttempt
from cocktailparty.models.saved_reply import SavedReply
from cocktailparty.models.team_member import TeamMember
from cocktailparty.models.team_moment import TeamMoment
from cocktailparty.models.timer_lease import TimerLease
from cocktailparty.models.user import User
from cocktailparty.models.web_session import WebSession
from cocktailparty.models.workspace import Workspace
from cocktailparty.models.workspace_stamp import WorkspaceStamp

__all__ = [
    "ApiToken", "AuditRun", "AuditStatus",
    "AvoidDay", "Base", "Channel", "Feed", "FeedItem", "FeedToken", "Giveaway", "GiveawayEntry", "InboxCursor",
    "InboxItem", "InboxNote", "InboxState", "Invitation", "LibraryItem", "MediaFile", "Membership", "MomentConsent",
    "MomentDraft", "OccasionSettings", "Post", "PostMedia", "PostState", "PublishAttempt", "Role", "SavedReply",
    "TeamMember", "TeamMoment", "User", "WebSession", "Workspace", "WorkspaceStamp",
]
__all__ += ["CategoryCorrection", "CorrectionState", "OccasionDraft", "TimerLease"]
