"""Every broken file in tests/malformed/ is refused with its name and a line; none crashes check."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.loader import KnowledgeError, load_knowledge
from tests.knowledge_builder import copy_real_knowledge

CORPUS = Path(__file__).with_name("malformed")


@pytest.mark.parametrize("broken", sorted(CORPUS.glob("*.yaml")), ids=lambda path: path.stem)
def test_a_malformed_fact_file_is_refused_with_file_and_line(broken, tmp_path):
    knowledge = copy_real_knowledge(tmp_path)
    target = knowledge / "facts" / broken.name
    shutil.copy(broken, target)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge)
    about_this_file = [str(problem) for problem in caught.value.problems if problem.path == target]
    assert about_this_file, [str(problem) for problem in caught.value.problems]
    assert all(re.match(rf"{re.escape(str(target))}:[1-9]\d*: ", problem) for problem in about_this_file)
