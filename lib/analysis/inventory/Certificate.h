//===--- Certificate.h - X.509 certificates in source, read statically -*- C++ -*-===//
//
// A small, bounded reader of X.509 certificates (RFC 5280) held as constants
// in the scanned code: PEM text ("-----BEGIN CERTIFICATE-----" ...) or DER
// bytes. It reads the fields a CBOM names (subject, issuer, validity, the
// signature algorithm, the subject public key's algorithm and size) and
// nothing else; it never verifies anything. Self-contained (no OpenSSL, no
// LLVM): every length is checked against the buffer, nesting is bounded, and
// input that is not a well-formed certificate gives nothing.
// test/fuzz/fuzz_certificate.cpp and test/unit/CertificateTest.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_INVENTORY_CERTIFICATE_H
#define BACKDOOR_INVENTORY_CERTIFICATE_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backdoor {

struct CertificateInfo {
  /// Distinguished names as RFC 4514 strings ("CN=example.com,O=Example,C=US").
  std::string Subject, Issuer;
  /// Validity as ISO-8601 UTC ("2024-01-31T12:00:00Z"); empty when unreadable.
  std::string NotBefore, NotAfter;
  /// The signature algorithm: its OID, and the scheme and hash when known
  /// ("rsa-pkcs1" + "sha256", "ecdsa" + "sha384", "ed25519", "ml-dsa-65").
  std::string SignatureOid, SignatureScheme, SignatureHash;
  /// The subject public key: algorithm ("rsa", "ec", "dsa", "dh", "ed25519",
  /// "ed448", "x25519", "x448", "ml-dsa", "ml-kem", "slh-dsa", or the OID),
  /// curve for EC keys ("P-256", "secp256k1", "brainpoolP256r1"), and size in
  /// bits (modulus, curve or parameter set), 0 when unknown.
  std::string KeyAlgorithm, KeyOid, Curve;
  unsigned KeyBits = 0;
  unsigned Version = 1; // X.509 v1, v2 or v3
  std::string Format;   // "PEM" or "DER"
  std::string Der;      // the certificate's encoding (for a fingerprint; never reported)
};

/// The certificate at the start of \p Der (a DER SEQUENCE), if it is one.
std::optional<CertificateInfo> parseDerCertificate(std::string_view Der);

/// The certificates \p Data holds: every PEM CERTIFICATE block of a text
/// (at most \p Max), or one DER certificate. Empty for anything else.
std::vector<CertificateInfo> parseCertificates(std::string_view Data, size_t Max = 16);

/// A cheap test whether \p Data may hold a certificate (a PEM header, or a
/// DER SEQUENCE with a long length), before the parse.
bool mayHoldCertificate(std::string_view Data);

} // namespace backdoor

#endif
