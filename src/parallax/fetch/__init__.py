"""Fetching articles from the web for ``parallax add``: pages and RSS/Atom feeds, politely and guarded.

``guard`` (which addresses may be fetched), ``transport`` (connect to the checked address), ``client`` (the
polite HTTP client), ``robots``, ``page`` (a page as a document for the clean stage), ``feeds``, ``state``
(each feed's state in the store), ``run`` (what ``add`` calls). See docs/fetch.md.
"""
