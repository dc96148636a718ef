"""Certificates made at start with ``cryptography``: a throw-away CA and a server certificate
for ``*.kaspipos.kz`` only, as the real terminal's (spec §1.1): a client reaching it by IP
cannot verify it by name, just as with the real one.

The CA lets a client test the host-name mode (normal verification against ``ca_pem``); the
server certificate's SHA-256 is what a client pins in IP mode. ``rotate()`` issues a new
server certificate (new key) under the same CA: a pinned client must refuse it.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import shutil
import ssl
import tempfile
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

DEFAULT_NAMES = ("*.kaspipos.kz",)


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Alsep terminal emulator")])


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


class Certificates:
    def __init__(self, names: tuple[str, ...] = DEFAULT_NAMES, ips: tuple[str, ...] = ()) -> None:
        self.names = names
        self.ips = ips
        self.dir = tempfile.mkdtemp(prefix="alsep-terminal-emulator-")
        now = datetime.now(UTC)
        self._ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = _name("Alsep emulator test CA")
        self._ca = (
            x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
            .public_key(self._ca_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self._ca_key.public_key()), critical=False)
            .sign(self._ca_key, hashes.SHA256())
        )
        self.ca_pem = self._ca.public_bytes(serialization.Encoding.PEM)
        self.ca_path = os.path.join(self.dir, "ca.pem")
        with open(self.ca_path, "wb") as fh:
            fh.write(self.ca_pem)
        self.generation = 0
        self.rotate()

    def rotate(self) -> str:
        """A new server key and certificate; returns its SHA-256 fingerprint (hex)."""
        now = datetime.now(UTC)
        key = ec.generate_private_key(ec.SECP256R1())
        sans: list[x509.GeneralName] = [x509.DNSName(n) for n in self.names]
        sans += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in self.ips]
        cert = (
            x509.CertificateBuilder().subject_name(_name(self.names[0])).issuer_name(self._ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=825))
            .add_extension(x509.SubjectAlternativeName(sans), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self._ca_key.public_key()),
                           critical=False)
            .sign(self._ca_key, hashes.SHA256())
        )
        self.generation += 1
        self.cert_path = os.path.join(self.dir, f"server-{self.generation}.pem")
        self.key_path = os.path.join(self.dir, f"server-{self.generation}.key")
        with open(self.cert_path, "wb") as fh:
            fh.write(cert.public_bytes(serialization.Encoding.PEM) + self.ca_pem)
        fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(_pem_key(key))
        self.fingerprint = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
        return self.fingerprint

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_cert_chain(self.cert_path, self.key_path)
        return ctx

    def cleanup(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
