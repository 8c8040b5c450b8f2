"""Answering questions: reading them, matching facts, deciding whether to answer. Knows nothing of Telegram."""
