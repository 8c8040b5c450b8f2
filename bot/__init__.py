"""Xiaomi EV story bot: a sourced answer engine for a developing news story."""
