"""A library of stories: articles, annotations and stories kept in SQLite or PostgreSQL.

``parallax add`` fills it (:func:`parallax.store.add.add_paths`); every write goes through
:class:`parallax.store.writer.StoreWriter`; :mod:`parallax.store.search` searches it. See docs/store.md.
"""
