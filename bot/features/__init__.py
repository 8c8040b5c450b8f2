"""Telegram handlers, one module per feature; bot/app.py registers them in order."""
