//===--- fuzz_certificate.cpp - X.509 certificates in PEM and DER ----------===//
#include "analysis/inventory/Certificate.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string_view S(reinterpret_cast<const char *>(Data), Size);
  for (const backdoor::CertificateInfo &C : backdoor::parseCertificates(S))
    if (C.Der.size() > Size) __builtin_trap(); // never reads past the input
  (void)backdoor::parseDerCertificate(S);
  return 0;
}
