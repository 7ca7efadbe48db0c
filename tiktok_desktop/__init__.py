"""TikTok Creator Desktop: analytics for TikTok creators."""

__version__ = "0.1.0"
APP_ID = "tiktok-desktop"
