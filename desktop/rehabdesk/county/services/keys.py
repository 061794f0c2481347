"""The county's keys: the fingerprint read over the phone, the signed enrolment file for stations, and rotation.

A rotation makes a new generation of the two keys stations are enrolled with, the age identity (bundles are
encrypted to it) and the minisign key (it signs the enrolment file and acknowledgements), and retires the old
generation without deleting it. The pair rotates together because the enrolment file and its fingerprint carry both:
a station re-enrols once, after one phone call, either way; and whoever copied one key out of the county's database
copied the other. A bundle names the age key it was made for, so one made with the old enrolment still opens, and
its acknowledgement is signed by the minisign key of that same generation: the key that station holds. The
pseudonym key never rotates: it is what links one person across stations and quarters."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from rehabdesk.county.domain.roles import CountyPermission, require
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage import county
from rehabdesk.domain import clock
from rehabdesk.durable import atomic_write_bytes
from rehabdesk.storage.keys import MasterKey
from rehabdesk.sync import age
from rehabdesk.sync.enrolment import Enrolment
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import SecretKey


@dataclass(frozen=True)
class CountyKeys:
    name: str
    division: str
    identity: age.Identity
    signing: SecretKey
    pseudonym_key: bytes

    def enrolment(self, issued_at: str) -> Enrolment:
        return Enrolment(
            county_name=self.name,
            county_division=self.division,
            age_recipient=self.identity.recipient,
            signing_key=self.signing.public,
            pseudonym_key=self.pseudonym_key,
            issued_at=issued_at,
        )


def load_keys(session: Any, master: MasterKey) -> CountyKeys:
    """Inside the caller's unit of work."""
    row = county.county(session)
    keys = county.active_keys(session, master)
    return CountyKeys(
        name=row.name,
        division=row.division,
        identity=age.Identity(keys[county.AGE_IDENTITY].secret),
        signing=SecretKey.from_bytes(keys[county.MINISIGN].secret),
        pseudonym_key=keys[county.PSEUDONYM].secret,
    )


@dataclass(frozen=True)
class GenerationKeys:
    identity: age.Identity  # opens the bundle
    signing: SecretKey  # signs its acknowledgement


def keys_for_bundle(session: Any, master: MasterKey, county_key_id: str) -> GenerationKeys:
    """Inside the caller's unit of work: the keys of the generation whose age key a bundle's manifest names, the
    current one or a retired one; refused by name for a key this county never had (another county's bundle, or one
    made after a rotation that a database restored from an older backup does not know)."""
    for generation in county.generations(session):
        if age.Recipient.parse(generation.age_recipient).key_id == county_key_id:
            keys = county.generation_keys(session, master, generation.number)
            return GenerationKeys(
                age.Identity(keys[county.AGE_IDENTITY].secret), SecretKey.from_bytes(keys[county.MINISIGN].secret)
            )
    raise SyncRejected("bundle_county_key_unknown", key_id=county_key_id)


@dataclass(frozen=True)
class Rotation:
    generation: int
    old_fingerprint: str
    fingerprint: str  # the new one: stations compare it by phone when they import the new enrolment file


@dataclass(frozen=True)
class KeyGeneration:
    number: int
    age_key_id: str  # as bundles' manifests name it
    retired_at: datetime | None


def key_generations(ctx: CountyContext) -> list[KeyGeneration]:
    """The current generation first, then the retired ones (public halves only)."""
    require(ctx.actor, CountyPermission.VIEW_REGISTRY)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        rows = county.generations(uow.session)
    return [KeyGeneration(row.number, age.Recipient.parse(row.age_recipient).key_id, row.retired_at) for row in rows]


def rotate_keys(ctx: CountyContext) -> Rotation:
    """A new age identity and minisign key; the old pair kept, retired. Enrolment files written from now on carry
    the new pair; each station re-enrols with one (its admin's audited action) and its next bundle uses it."""
    require(ctx.actor, CountyPermission.MANAGE_KEYS)
    identity, signing = age.Identity.generate(), SecretKey.generate()
    master = ctx.store.master
    with ctx.store.unit_of_work(ctx.actor) as uow:
        session = uow.session
        old = load_keys(session, master)
        current = county.generations(session)[0].number
        county.retire_generation(session, current, clock.now())
        county.add_key(session, master, county.AGE_IDENTITY, identity.secret, str(identity.recipient),
                       generation=current + 1)  # fmt: skip
        county.add_key(session, master, county.MINISIGN, signing.to_bytes(), signing.public.base64,
                       generation=current + 1)  # fmt: skip
        new = replace(old, identity=identity, signing=signing)
        rotation = Rotation(current + 1, old.enrolment("").fingerprint, new.enrolment("").fingerprint)
        uow.audit("county_keys_rotated", entity_type="county", detail={
            "generation": rotation.generation,
            "retired_age_key_id": old.identity.recipient.key_id, "age_key_id": identity.recipient.key_id,
            "retired_signing_key_id": old.signing.public.key_id_text, "signing_key_id": signing.public.key_id_text,
            "fingerprint": rotation.fingerprint,
        })  # fmt: skip
        uow.commit()
    return rotation


def _stamp() -> str:
    return clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")


def county_fingerprint(ctx: CountyContext) -> str:
    """Eight groups of five digits over both public keys, for stations to compare by phone before trusting."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return load_keys(uow.session, ctx.store.master).enrolment(_stamp()).fingerprint


def write_enrolment(
    ctx: CountyContext, out: Path, *, server: str | None = None, tls_sha256: str | None = None
) -> Enrolment:
    """The signed enrolment file; it carries the pseudonym key, so it is handled as confidential (admin only).
    With ``server`` (and the certificate's ``tls_sha256``, which stations pin) stations send over the network."""
    require(ctx.actor, CountyPermission.MANAGE_KEYS)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        keys = load_keys(uow.session, ctx.store.master)
        enrolment = replace(keys.enrolment(_stamp()), server=server, tls_sha256=tls_sha256)
        atomic_write_bytes(out, enrolment.seal(keys.signing))
        uow.audit("county_enrolment_written", entity_type="county", detail={"fingerprint": enrolment.fingerprint})
        uow.commit()
    return enrolment
