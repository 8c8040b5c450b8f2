"""Turns the engine's Answers into what people read: plain text, JSON, Telegram HTML."""
