"""The platform-free message and reply every adapter translates to and from."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime


@dataclass(frozen=True)
class Sender:
    """Who wrote, as the platform knows them; the core maps this to a CRM user."""

    platform: str  # "console" | "slack" | "telegram"
    platform_user_id: str
    display_name: str
    timezone: str | None = None


@dataclass(frozen=True)
class Attachment:
    """A file sent with the message (a CSV to import, a document to attach), downloaded.

    ``size`` is what the platform declared; an adapter that refused to download a file
    over the limit passes it with empty ``data`` so the core can say why.
    """

    name: str
    data: bytes
    mime: str | None = None
    size: int | None = None

    def __repr__(self) -> str:  # never the content in logs
        return f"Attachment(name={self.name!r}, mime={self.mime!r}, bytes={len(self.data)})"


@dataclass(frozen=True)
class Forwarded:
    """A message someone forwarded to the bot, with what the platform says of its origin.

    ``kind``: "user" (a person the platform names), "hidden_user" (a person who hides
    their account: only a name), "chat" or "channel" (posted as a group or channel).
    ``sent_at`` is when the original was written (UTC), kept as when it happened.
    """

    text: str
    sent_at: datetime | None = None
    kind: str = "user"
    name: str = ""
    username: str = ""
    phone: str = ""
    account_id: str = ""  # the author's account on the platform (a Telegram user id)


@dataclass(frozen=True)
class Incoming:
    """One message or button press, already stripped of platform details.

    ``action`` is set when a button or numbered choice was picked; it holds the
    command text the button stands for (e.g. ``deal move #d5 closing``).
    """

    workspace_id: int
    sender: Sender
    text: str = ""
    channel: str = ""
    action: str | None = None
    is_private: bool = True
    files: tuple[Attachment, ...] = ()
    # The platform's own id of the chat (a Telegram chat id): the access policy binds
    # chats to workspaces with it. Empty where the workspace is known from elsewhere.
    chat_id: str = ""
    # A pressed button that carries a short token instead of its command (Telegram's
    # 64-byte callback data): the core looks the command up in the sender's workspace.
    button_token: str | None = None
    # A forwarded message (Telegram): the core logs it on the record of its original author.
    forwarded: Forwarded | None = None
    # The thread of ``channel`` the message was written (or the button pressed) in: a Slack
    # thread's ts, a Telegram forum topic's id. Empty: the channel itself.
    thread: str = ""
    # When the message holding a pressed button was posted (Slack's message ts, Telegram's
    # message date); None: unknown, or not a press. A button's words are read as of then
    # (handlers/press_time.py): "tomorrow" pressed two days later is still the day meant.
    offered_at: datetime | None = None

    @property
    def conversation(self) -> str:
        """Where a question asked is waiting for its answer: the channel, or the thread of
        it the bot answered in. A question asked in a thread is answered in that thread;
        a message in the channel or in another thread is never swallowed as its answer."""
        return f"{self.channel}/{self.thread}" if self.thread else self.channel

    def __post_init__(self) -> None:
        # A NUL byte typed in chat is invisible, and PostgreSQL refuses it in any text
        # column (the whole message failed): every platform builds an Incoming, so it is
        # stripped here, once, before the core sees the text.
        if "\x00" in self.text:
            object.__setattr__(self, "text", self.text.replace("\x00", ""))
        if self.action is not None and "\x00" in self.action:
            object.__setattr__(self, "action", self.action.replace("\x00", ""))
        if "\x00" in self.sender.display_name:
            name = self.sender.display_name.replace("\x00", "")
            object.__setattr__(self, "sender", replace(self.sender, display_name=name))


@dataclass(frozen=True)
class Button:
    label: str
    action: str
    style: str | None = None  # "primary" | "danger" | None


@dataclass
class Reply:
    """What the bot answers: sections of text, buttons, choices, maybe an image.

    ``sections`` are whole records or paragraphs; an adapter that must split a long
    reply splits between sections, never inside one.
    """

    sections: list[str] = field(default_factory=list)
    buttons: list[Button] = field(default_factory=list)
    choices: list[Button] = field(default_factory=list)
    image: bytes | None = None
    image_name: str | None = None
    # Files sent back into the chat (`file send`, a contact's vCard, a GDPR export): adapters
    # upload them as documents (Slack has no ephemeral files: a private reply's go to the DM).
    files: list[Attachment] = field(default_factory=list)
    ok: bool = True
    private: bool = False  # holds customer data: ephemeral where the platform can
    # A question awaiting a typed answer: a command template where "{}" takes the answer
    # (e.g. "deal move {} to closing" after "which deal?"). Kept 15 minutes.
    expect: str | None = None
    # What kind of answer an open question wants, so that a message of another kind is read
    # as a new message (the question dropped, said in one line) instead of being swallowed:
    # "when" (a time), "name" (a record's name; the default with ``expect``), "choice" (one
    # of ``choices``), "confirm" (Yes / No). None: the reply asks nothing.
    asks: str | None = None
    # Buttons that belong to one section (a deal's Open, a reminder's Done and snoozes),
    # by section index: a platform that can put buttons beside a line (Slack's Home tab)
    # does; the others show the reply's ``buttons`` only.
    attached: dict[int, list[Button]] = field(default_factory=dict)
    # Set by the core: the workspace that answered (the edge stores the buttons' actions
    # there). None when the message reached no workspace (a refusal).
    workspace_id: int | None = None
    # A short answer to a pressed button, shown as a notice rather than as a message where
    # the platform can (Telegram's answerCallbackQuery).
    popup: bool = False

    @property
    def text(self) -> str:
        return "\n\n".join(s for s in self.sections if s)

    @classmethod
    def say(cls, *sections: str, **kw: object) -> Reply:
        return cls(sections=[s for s in sections if s], **kw)  # type: ignore[arg-type]

    @classmethod
    def error(cls, message: str, **kw: object) -> Reply:
        return cls(sections=[message], ok=False, **kw)  # type: ignore[arg-type]


class Ask(Exception):
    """Stop a command and answer with a question (choices, or an offer to create).

    Nothing the command wrote so far is kept: the core rolls back, then replies.
    """

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.text)
        self.reply = reply
