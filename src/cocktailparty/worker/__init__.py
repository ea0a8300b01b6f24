"""Publishing: the task queue, the dispatcher of due posts, and the publish job."""
