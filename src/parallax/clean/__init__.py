"""Cleaning: page dumps and HTML pages to clean articles (see stage.py for the stage itself)."""
