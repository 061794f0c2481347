"""The county server's TLS certificate: self-signed, made when the county is created, and pinned by the stations
through the SHA-256 of its DER form, which the enrolment file carries (as Syncthing pins device certificates).

EC P-256: every TLS stack (Python's ssl, curl, browsers) takes it; an Ed25519 certificate works with OpenSSL but
not with every client a county's IT staff might try. No CA is involved, so the names in it are decoration and the
validity is long (a new certificate means a new enrolment file for every station)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from rehabdesk.domain import clock

VALID_YEARS = 20


@dataclass(frozen=True)
class ServerCertificate:
    cert_pem: bytes
    key_pem: bytes  # PKCS#8, unencrypted: the lead keeps it inside the encrypted county database
    sha256: str  # lower-case hex of SHA-256 over the DER certificate: the enrolment file's tls_sha256


def certificate_sha256(cert_pem: bytes) -> str:
    """The pin: SHA-256 of the certificate's DER bytes, lower-case hex."""
    der = x509.load_pem_x509_certificate(cert_pem).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def make_server_certificate(county_name: str, county_division: str) -> ServerCertificate:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "RehabDesk County"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, county_name[:64] or county_division),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, county_division),
        ]
    )
    now = clock.now()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("rehabdesk-county")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_pem = certificate.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return ServerCertificate(cert_pem, key_pem, certificate_sha256(cert_pem))
