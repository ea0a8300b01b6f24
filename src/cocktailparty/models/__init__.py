"""ORM models, one module per table."""

from cocktailparty.models.avoid_day import AvoidDay
from cocktailparty.models.base import Base
from cocktailparty.models.channel import Channel
from cocktailparty.models.library_item import LibraryItem
from cocktailparty.models.post import Post, PostState
from cocktailparty.models.publish_attempt import PublishAttempt
from cocktailparty.models.workspace import Workspace

__all__ = ["AvoidDay", "Base", "Channel", "LibraryItem", "Post", "PostState", "PublishAttempt", "Workspace"]
