"""Bundled tables: small hand-kept typed Python tables and generated package data."""
