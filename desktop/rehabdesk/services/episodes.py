"""Opening a client's first episode at registration (applied → registered), shared by registering one client
and importing many."""

from __future__ import annotations

from datetime import date

from rehabdesk.domain.people import ClientStatus
from rehabdesk.storage.schema import Client, Episode, StatusChange
from rehabdesk.storage.schema.base import new_id
from rehabdesk.storage.unit_of_work import UnitOfWork


def open_episode(uow: UnitOfWork, client: Client, number: int, day: date, *, registered: bool) -> Episode:
    """An episode applied for on ``day``; a registration at the desk also checks identity at once (→ registered)."""
    status = ClientStatus.REGISTERED if registered else ClientStatus.APPLIED
    # Ids set here rather than at flush: an import opens thousands of episodes and flushes in batches.
    episode = Episode(
        id=new_id(),
        client_id=client.id,
        number=number,
        application_date=day,
        channel=client.channel,
        status=status.value,
        status_since=day,
    )
    uow.session.add(episode)
    steps = [(None, ClientStatus.APPLIED)] + ([(ClientStatus.APPLIED, ClientStatus.REGISTERED)] if registered else [])
    uow.session.add_all(
        StatusChange(
            episode_id=episode.id,
            client_id=client.id,
            from_status=before.value if before else None,
            to_status=after.value,
            changed_on=day,
            account_id=uow.actor.account_id if uow.actor else None,
        )
        for before, after in steps
    )
    client.status = status.value
    return episode
