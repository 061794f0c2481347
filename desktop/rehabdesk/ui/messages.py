"""The messages moved to ui/text/messages.py. operations.py still imports ``message_for`` from here: it is being
rewritten on another branch, so it stays untouched until that merge moves its import and deletes this module."""

from rehabdesk.ui.text.messages import message_for

__all__ = ["message_for"]
