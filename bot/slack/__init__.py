"""The Slack adapter: slack-bolt's AsyncApp in front of the platform-free core."""
