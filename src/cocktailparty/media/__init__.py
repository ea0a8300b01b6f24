"""Pictures and videos: the workspace's media library, stored on disk in the data directory or in an
S3-compatible store, checked by their content, stripped of location and camera data, checked against each
network's limits, and attached to posts with their alt text."""
