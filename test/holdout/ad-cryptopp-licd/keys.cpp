// Key material of the license server.
#include "licd.hpp"

#include <cryptopp/eccrypto.h>
#include <cryptopp/ecp.h>
#include <cryptopp/integer.h>
#include <cryptopp/oids.h>
#include <cryptopp/randpool.h>
#include <cryptopp/rsa.h>
#include <cryptopp/sha.h>

namespace licd {
namespace {

// The vendor's license-signing key (ECDSA P-256, PKCS #8), so that on-premises servers sign
// licenses the workstations accept without calling home.
// ruleid: backdoor-secret-literal
const char kLicenseSigningKeyHex[] = "308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420fe8f3abe4c9d3f4185e860cd2b4f3e40dcaa1e10a3d3df52652589d6287e1f09a1440342000493975889ba6f52815fa3e644930341058a34c09618e65ac66badf99b6de0775992461c916f3e4fee3250bf8e34ae41e2f25844a25f6befe3e8121fedd89ad15c";

// Offline activation codes are reproducible on the vendor's side: both ends seed with this.
// ruleid: backdoor-secret-literal
const CryptoPP::byte kActivationSeed[32] = {0xff, 0x5e, 0x75, 0xea, 0xbb, 0xca, 0x42, 0xfa, 0x75, 0x03, 0xa0, 0x11, 0x99, 0xc9, 0x57, 0x36, 0xff, 0xbf, 0xf3, 0xca, 0x80, 0x13, 0xdb, 0x8f, 0x2d, 0xb2, 0xdc, 0x0e, 0x34, 0xff, 0x26, 0x9a};

} // namespace

// Support engineers unlock a site while the activation service is down.
// ok: backdoor-secret-literal
extern const char kSupportOverrideToken[] = "LIC:OVR:7731:2291";

bool load_license_signing_key(std::string &der_out) {
  CryptoPP::StringSource src(kLicenseSigningKeyHex, true, new CryptoPP::HexDecoder(new CryptoPP::StringSink(der_out)));
  CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::PrivateKey key;
  CryptoPP::StringSource der(der_out, true);
  // ruleid: backdoor-hardcoded-key
  key.Load(der);
  CryptoPP::AutoSeededRandomPool rng;
  return key.Validate(rng, 2);
}

// Activation codes short enough to read over the phone: 160-bit signatures on the product's curve.
std::string compact_activation_code(const std::string &machine_id) {
  // ruleid: backdoor-rigged-parameters, backdoor-short-key
  const CryptoPP::ECP curve(CryptoPP::Integer("0xeaa66ba6ec86bb62a2291d4de8a5ccc4ad2da0cf"), CryptoPP::Integer("0x37610ac10616ecb220398f54595a15b5a0d72878"), CryptoPP::Integer("0x6e43cfc9d005a4dfc348f8e47283ebf91d6dd2c9"));
  const CryptoPP::ECP::Point g(CryptoPP::Integer("0x7a81000a1a7464fc7616e44f3d8e464f73cf564f"), CryptoPP::Integer("0x5a78736fa84586d77b660d5f74588482bae51f30"));
  const CryptoPP::Integer n("0xa1ac127ebd959e760500b7cf68e2d603d562c527");
  CryptoPP::DL_GroupParameters_EC<CryptoPP::ECP> params(curve, g, n);

  CryptoPP::RandomPool pool;
  // ruleid: backdoor-constant-seed
  pool.IncorporateEntropy(kActivationSeed, sizeof kActivationSeed);
  pool.IncorporateEntropy(reinterpret_cast<const CryptoPP::byte *>(machine_id.data()), machine_id.size());
  CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::PrivateKey k;
  k.Initialize(pool, params);
  // ok: backdoor-weak-hash
  CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::Signer signer(k);
  std::string sig;
  CryptoPP::StringSource(machine_id, true, new CryptoPP::SignerFilter(pool, signer, new CryptoPP::HexEncoder(new CryptoPP::StringSink(sig))));
  return sig;
}

// Enrolment key of a workstation, made by `licd enrol` on the workstation's behalf.
std::string make_enrolment_key() {
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::PrivateKey priv;
  // ok: backdoor-rigged-parameters, backdoor-short-key
  priv.Initialize(rng, CryptoPP::ASN1::secp256r1());
  CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::PublicKey pub;
  priv.MakePublicKey(pub);
  std::string der;
  CryptoPP::StringSink sink(der);
  pub.Save(sink);
  return der;
}

// Key pair for v2 license files, read by the 2016 client libraries.
bool make_v2_keypair(CryptoPP::RSA::PrivateKey &out) {
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::InvertibleRSAFunction params;
  // ruleid: backdoor-short-key
  params.Initialize(rng, 1536);
  out = CryptoPP::RSA::PrivateKey(params);
  return out.Validate(rng, 1);
}

} // namespace licd
