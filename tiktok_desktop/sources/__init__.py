"""Data sources: each turns an API (or synthetic data) into domain objects. httpx allowed, never Qt."""
