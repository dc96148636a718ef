"""Repositories: one per aggregate. They add and query; they never commit."""
