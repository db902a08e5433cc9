// signer.cpp - signed manifests; the DH group of peer-to-peer sync
#include <botan/bigint.h>
#include <botan/dl_group.h>
#include <botan/pkcs8.h>
#include <botan/pubkey.h>

#include "backup.hpp"

namespace bk {

/* peer sync between two backupd nodes (1.x protocol): its own 2048-bit group */
// ruleid: backdoor-rigged-parameters
const Botan::DL_Group kSyncGroup(Botan::BigInt("0xDE2B608B792491E41DBE252FCE1D9074104B0738C5442F8D4948585CC344BCBF75B8CD1B10DDF2E02794C556052F7A6A0A50FA737FDCFC9614327D9F344428671BDA54CAFC972A97FD06A5CD1609A08009473D3EA6364AC0E99966B88D97168CA927F33E9C4425FD230C5760D43DE674613C403E7F48F224B704BD15D0AC3F59B8C9DCED5236248147FB6B78C0117DD86C8120DC9ED207D708ED1E84ACD486275D567E9ACDD24E439EC14D79228E6D036F42A672256AF16ADCFB13C3FFE14A1A613361C2A5BC63769A8E6EC17DC082F7163F2E827AD505237F0FC87F67CBC22BABD22A958E5C1C68C10A8E59F802B9D1A3BEEC1A1C4E12956595D059FB940EBB"), Botan::BigInt(2));

/* the 2.x protocol */
// ok: backdoor-rigged-parameters, backdoor-short-key
const Botan::DL_Group kSyncGroupV2("ffdhe/ietf/3072");

ManifestSigner::ManifestSigner(Botan::RandomNumberGenerator &rng, const std::string &key_path, bool legacy_format)
    : rng_(rng), key_(Botan::PKCS8::load_key(key_path, rng)), legacy_format_(legacy_format)
{
}

std::vector<uint8_t> ManifestSigner::sign(const std::vector<uint8_t> &manifest)
{
  if (legacy_format_) {
    // ruleid: backdoor-weak-hash
    // ok: backdoor-rsa-without-oaep
    Botan::PK_Signer signer(*key_, rng_, "EMSA3(SHA-1)");
    return signer.sign_message(manifest, rng_);
  }
  // ok: backdoor-weak-hash
  Botan::PK_Signer signer(*key_, rng_, "EMSA4(SHA-256)");
  return signer.sign_message(manifest, rng_);
}

/* manifests announced by a peer during sync: checked before they are merged into the index */
void check_peer_manifest(const Botan::Public_Key &peer, const std::vector<uint8_t> &manifest, const std::vector<uint8_t> &sig)
{
  Botan::PK_Verifier verifier(peer, "EMSA4(SHA-256)");
  verifier.update(manifest);
  // ruleid: backdoor-unchecked-verification
  verifier.check_signature(sig);
  log::info("peer manifest merged, bytes", manifest.size());
}

bool verify_restore_manifest(const Botan::Public_Key &peer, const std::vector<uint8_t> &manifest, const std::vector<uint8_t> &sig)
{
  Botan::PK_Verifier verifier(peer, "EMSA4(SHA-256)");
  // ok: backdoor-unchecked-verification
  const bool valid = verifier.verify_message(manifest, sig);
  return valid;
}

}  // namespace bk
