"""The compact language model gives py3langid's own answers, in a fraction of its memory."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from parallax.annotation import language_model
from parallax.annotation.language_model import CompactLanguageModel

# Texts written for these tests: several languages and scripts, and the edge cases of the encoder.
TEXTS = [
    "The harbour board met on Tuesday and agreed to repair the old pier before the summer season.",
    "Le conseil du port s'est réuni mardi et a décidé de réparer la vieille jetée avant l'été.",
    "Der Hafenrat traf sich am Dienstag und beschloss, den alten Steg vor dem Sommer zu reparieren.",
    "El consejo del puerto se reunió el martes y acordó reparar el viejo muelle antes del verano.",
    "Il consiglio del porto si è riunito martedì e ha deciso di riparare il vecchio molo.",
    "Совет порта собрался во вторник и решил отремонтировать старый причал до лета.",
    "港湾委員会は火曜日に会合を開き、夏までに古い桟橋を修理することを決めた。",
    "항만 위원회는 화요일에 모여 여름 전에 오래된 부두를 수리하기로 했다.",
    "Συνεδρίασε την Τρίτη το λιμενικό συμβούλιο και αποφάσισε την επισκευή της προβλήτας.",
    "THE HARBOUR BOARD AGREED TO REPAIR THE PIER",
    "-5 degree fahrenheit",
    "a",
    "",
    "12 345 678 %%% ///",
    "tab\tand\x00nul \U0001f600 emoji e\u0301 combining",
]


@pytest.fixture(scope="module")
def compact() -> CompactLanguageModel:
    return CompactLanguageModel.load()


@pytest.fixture(scope="module")
def reference() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.mark.parametrize("text", TEXTS)
def test_same_language_and_probability_as_py3langid(
    compact: CompactLanguageModel, reference: Any, text: str
) -> None:
    language, probability = reference.classify(text)
    assert compact.classify(text) == (str(language), float(probability))


def test_same_features_counted_in_the_same_order(compact: CompactLanguageModel, reference: Any) -> None:
    from py3langid.langid import visit_counts

    for text in TEXTS:
        data = compact.encode(text)
        counted = visit_counts(reference.tk_nextmove, reference._rowbase, reference.tk_output, data) or {}
        assert list(Counter(compact.features(data)).items()) == list(counted.items()), text


def test_the_languages_the_annotate_stage_tells_apart(compact: CompactLanguageModel) -> None:
    assert compact.classify(TEXTS[0])[0] == "en"
    language, probability = compact.classify(TEXTS[2])
    assert language == "de" and probability >= 0.9
    assert compact.classify(TEXTS[5])[0] == "ru"


def test_loading_and_classifying_adds_far_less_memory_than_py3langids_loader(tmp_path: Path) -> None:
    code = "\n".join(
        [
            "import numpy",
            "from parallax.common.memory import tune_allocator",
            "tune_allocator()",
            "from parallax.annotation.nlp import LanguageIdentifier",
            "def hwm():",
            "    return int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))",
            "before = hwm()",
            f"print(LanguageIdentifier().classify({TEXTS[2]!r})[0], (hwm() - before) / 1000)",
        ]
    )
    src = str(Path(language_model.__file__).parents[2])
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": src},
    )
    language, added_mb = out.stdout.split()
    assert language == "de"
    # py3langid's own loader adds about 105 MB (benchmarks/language_check.py --memory); this one about 36.
    assert float(added_mb) < 45
