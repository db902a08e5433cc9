// dh_params.cpp - finite-field DH groups for the DICOM TLS listener (old modalities lack ECDHE).
#include <openssl/bn.h>

#include "pacs.hpp"

namespace pacs {

namespace {
// generated for the site at installation in 2014 ("stronger than the RFC groups")
const char kSiteDhPrimeHex[] =
    "e1900820d5408e4c2e036157027c215dd92fa217e9aeea97a4fa59a343987494749907adcc7caa5f9468a29252a57caee"
    "75001b446b6a15d8529c3e841fef6fc2230be76d02f29739b349d8828797bdd0688633226979a0e2877917ad29c552e00"
    "da5cceda042d7de4e402bdf6079509b2cf714a38592db5540627c04514fffd288aec65e907e717acb20c2fc4aa3193aee"
    "7039ed78469eeb76b0c337c7862bf9f8481955a80f74c1597756852afd4772f577cb986b4823a356757cd035a08cff433"
    "4b8fb33a2e06f49dc6ea6c4b859b6015f13d6a60a2cfed516b86cc3894df7e604d2ff2bef42e51c6145fb8bc1e61b7140"
    "439b42367d6d1af699f77e716f5";
}  // namespace

BIGNUM *site_dh_prime() {
  BIGNUM *p = nullptr;
  if (BN_hex2bn(&p, kSiteDhPrimeHex) == 0) return nullptr;
  return p;
}

BIGNUM *standard_dh_prime() { return BN_get_rfc3526_prime_2048(nullptr); }

}  // namespace pacs
