"""The operator's environment, read once; every mistake is one clear line."""

from __future__ import annotations

import ipaddress

import pytest

from bot.settings import DEFAULT_API_URL, DEFAULT_DATABASE_URL, Settings, SettingsError


def test_defaults_need_nothing_but_the_bundled_fact_base():
    settings = Settings.from_env({})
    assert settings.telegram_api_url == DEFAULT_API_URL
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.admin_ids == frozenset()
    assert settings.webhook_url is None
    assert settings.webhook_max_body_bytes == 1_048_576
    assert settings.webhook_max_in_flight == 40
    assert settings.webhook_telegram_ips_only is False
    assert settings.webhook_trusted_proxies == ()


def test_every_setting_is_read():
    settings = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": "123:abcdefghijklmnopqrstuvwxyz",
            "TELEGRAM_API_URL": "http://127.0.0.1:8081/",
            "DATABASE_URL": "postgresql://bot@db/bot",
            "ADMIN_IDS": "1, 22,333",
            "WEBHOOK_URL": "https://bot.example.org/telegram",
            "WEBHOOK_SECRET": "abc_DEF-123",
            "PORT": "9000",
            "LOG_LEVEL": "debug",
            "ALERT_IN_FLIGHT": "12",
            "WEBHOOK_MAX_BODY_BYTES": "65536",
            "WEBHOOK_MAX_IN_FLIGHT": "100",
            "WEBHOOK_TELEGRAM_IPS_ONLY": "1",
            "WEBHOOK_TRUSTED_PROXY": "10.0.0.0/8, 127.0.0.1,::1",
        }
    )
    assert settings.require_token() == "123:abcdefghijklmnopqrstuvwxyz"
    assert settings.telegram_api_url == "http://127.0.0.1:8081"
    assert settings.admin_ids == {1, 22, 333}
    assert settings.webhook_path == "telegram"
    assert settings.port == 9000
    assert settings.log_level == "DEBUG"
    assert settings.alert_in_flight == 12
    assert settings.webhook_max_body_bytes == 65536
    assert settings.webhook_max_in_flight == 100
    assert settings.webhook_telegram_ips_only is True
    assert settings.webhook_trusted_proxies == tuple(
        ipaddress.ip_network(network) for network in ("10.0.0.0/8", "127.0.0.1/32", "::1/128")
    )


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("TELEGRAM_API_URL", "api.telegram.org"),
        ("ADMIN_IDS", "alice,bob"),
        ("PORT", "http"),
        ("PORT", "70000"),
        ("WEBHOOK_URL", "not a url"),
        ("WEBHOOK_SECRET", "has spaces in it"),
        ("LOG_LEVEL", "chatty"),
        ("ALERT_IN_FLIGHT", "0"),
        ("ALERT_IN_FLIGHT", "2.5"),
        ("KNOWLEDGE_DIR", "/no/such/folder"),
        ("WEBHOOK_MAX_BODY_BYTES", "1MB"),
        ("WEBHOOK_MAX_BODY_BYTES", "0"),
        ("WEBHOOK_MAX_IN_FLIGHT", "0"),
        ("WEBHOOK_MAX_IN_FLIGHT", "101"),
        ("WEBHOOK_TELEGRAM_IPS_ONLY", "maybe"),
        ("WEBHOOK_TRUSTED_PROXY", "10.0.0.0/33"),
        ("WEBHOOK_TRUSTED_PROXY", "127.0.0.1, proxy.internal"),
    ],
)
def test_a_wrong_setting_is_named_in_one_line(variable, value):
    with pytest.raises(SettingsError, match=variable) as caught:
        Settings.from_env({variable: value})
    assert "\n" not in str(caught.value)


def test_a_missing_token_says_where_to_get_one_and_how_to_try_without():
    with pytest.raises(SettingsError, match="BotFather") as caught:
        Settings.from_env({}).require_token()
    assert "python -m bot chat" in str(caught.value)
