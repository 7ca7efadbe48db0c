"""Signing in with TikTok (desktop PKCE flow), token refresh and the keyring. No Qt."""
