"""Writes small fact bases to disk so tests control every file and line."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Mapping
from pathlib import Path

REAL_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"

TOY_ARTICLE = """Acme Motors wants to build scooters.
According to Reuters, Acme is in talks with Zeta Works to use its factory in Turin.
Zeta Works said it had "nothing to announce".
Rumours say the first scooter could debut on 3 March.
"""

TOY_ARTICLES_YAML = """\
- id: acme
  title: "Acme wants scooters"
  author: Ada Lovelace
"""

TOY_TOPICS_YAML = """\
- id: plans
  label: Plans
  description: What Acme plans.
- id: partners
  label: Partners
  description: Who Acme works with.
"""

TOY_SYNONYMS_YAML = """\
plant: [factory, factories, works site]
scooter: [scooters, moped, mopeds]
"""

TOY_FACTS_YAML = """\
- id: zeta-talks
  topics: [partners]
  claimed_by: Reuters
  status: reported
  answer: According to Reuters, Acme is talking to Zeta Works about its Turin factory.
  provides: [place]
  questions:
    - Who is Acme talking to?
    - Which company could build Acme's scooters?
    - Where is the Zeta factory?
  sources:
    - article: acme
      quote: "According to Reuters, Acme is in talks with Zeta Works to use its factory in Turin."
- id: zeta-reply
  topics: [partners]
  claimed_by: Zeta Works
  status: no-comment
  answer: Zeta Works said it had "nothing to announce".
  questions:
    - What did Zeta Works say?
    - Did Zeta confirm the talks?
  sources:
    - article: acme
      quote: 'Zeta Works said it had "nothing to announce".'
- id: scooter-debut
  topics: [plans]
  claimed_by: rumours
  status: rumoured
  provides: [date]
  answer: Rumours say the first scooter could debut on 3 March.
  questions:
    - When will the first scooter debut?
    - What is the launch date of the scooter?
  sources:
    - article: acme
      quote: "Rumours say the first scooter could debut on 3 March."
"""


def write_toy_knowledge(folder: Path, replace: Mapping[str, str] | None = None) -> Path:
    """A complete small fact base in `folder`; `replace` maps file names to other contents."""
    contents = {
        "articles.yaml": TOY_ARTICLES_YAML,
        "topics.yaml": TOY_TOPICS_YAML,
        "synonyms.yaml": TOY_SYNONYMS_YAML,
        "articles/acme.txt": TOY_ARTICLE,
        "facts/toy.yaml": TOY_FACTS_YAML,
        **(replace or {}),
    }
    for name, text in contents.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def copy_real_knowledge(folder: Path) -> Path:
    """A private copy of the bundled fact base that a test may break."""
    return Path(shutil.copytree(REAL_KNOWLEDGE, folder / "knowledge"))
