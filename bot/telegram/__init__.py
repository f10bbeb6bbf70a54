"""Telegram adapter (python-telegram-bot): polling or webhook, inside ``crmbot run``."""
