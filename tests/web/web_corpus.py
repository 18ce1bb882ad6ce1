"""The stores the web tests run on: the bundled example story and a second small story written here
(invented town, people and outlets), one of whose articles carries hostile markup in its title and text."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

HOSTILE_TITLE = "Library fire <script>window.__pwned = 1</script> in Vellmoor"
HOSTILE_LINE = '<img src=x onerror="window.__pwned = 2"> "><b onmouseover=alert(3)>bold</b>'

#: (outlet, title, published, body)
LIBRARY_FIRE: list[tuple[str, str, str, str]] = [
    (
        "Vellmoor Gazette",
        "Fire destroys Vellmoor town library",
        "2026-05-04",
        "A fire destroyed most of the Vellmoor town library on Saturday night, the fire brigade said.\n\n"
        "Chief librarian Ilse Marbeck said about 12,000 books were lost in the blaze.\n\n"
        "Firefighters from Dunholt and Vellmoor fought the flames for five hours before the roof collapsed.",
    ),
    (
        "Dunholt Courier",
        HOSTILE_TITLE,
        "2026-05-05",
        "Flames swept through the Vellmoor town library late on Saturday, destroying about 15,000 books, "
        "chief librarian Ilse Marbeck said.\n\n"
        f"{HOSTILE_LINE}\n\n"
        "The Vellmoor fire brigade said crews from Dunholt helped to fight the fire for five hours.",
    ),
    (
        "Marsh Valley Radio",
        "Vellmoor library fire: 12,000 books lost, librarian says",
        "2026-05-05",
        "About 12,000 books burned when fire tore through the Vellmoor town library on Saturday night, "
        "librarian Ilse Marbeck told Marsh Valley Radio.\n\n"
        "The fire brigade said the roof of the library collapsed after five hours of firefighting.",
    ),
]


def example_dir() -> Path:
    return Path(str(resources.files("parallax") / "examples" / "harbour-bridge"))


def write_library_fire(folder: Path) -> Path:
    """The second story as a JSON Lines file in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "library-fire.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n, (outlet, title, published, body) in enumerate(LIBRARY_FIRE, start=1):
            record = {
                "id": f"fire-{n}",
                "outlet": outlet,
                "title": title,
                "published": published,
                "text": body,
            }
            out.write(json.dumps(record) + "\n")
    return path


def fill_store(url: str, folder: Path) -> None:
    """Add the example and the second story to the store at ``url`` (as ``parallax add`` does)."""
    from parallax.store.add import add_paths
    from parallax.store.db import open_engine

    engine = open_engine(url)
    try:
        result = add_paths([example_dir(), write_library_fire(folder)], engine)
        assert not result.rejected, result.rejected
    finally:
        engine.dispose()
