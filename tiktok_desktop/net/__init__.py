"""HTTP plumbing shared by the sign-in (auth) and the data sources: one client factory, retries, rate limits."""
