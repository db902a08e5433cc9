// Device key wrapping, request signing, LAN pairing.
#include "sync.hpp"

#define CRYPTOPP_ENABLE_NAMESPACE_WEAK 1
#include <cryptopp/des.h>
#include <cryptopp/dh.h>
#include <cryptopp/filters.h>
#include <cryptopp/hex.h>
#include <cryptopp/hmac.h>
#include <cryptopp/md5.h>
#include <cryptopp/modes.h>
#include <cryptopp/oaep.h>
#include <cryptopp/sha.h>

namespace driftsync {
namespace {

// LAN pairing group of driftsync 1.x (generated with the 1.0 installer).
constexpr char kLanGroupHex[] =
    "b2f5e12ee0cbf07f2f3e781039cc7259a0c8b39997e7dcc18d801594ecbec0f6"
    "8190e72d6d6ccb95f725dcdd1020489a459f31ec7d4e99048cf34498f33fdfae"
    "f8675d10e9e655500eaf19dd570ee0443a8c94c29fcb597781fea0d2f7a01eb0"
    "d6f9c51c6bccfc0d79f9b94ebf2cacf208e0b00d5c678b9d3f45b02211c92575"
    "8ca3341db95b0fc7bd1b00786a73deef2b9466b3370a2c6a4af57504873e90aa"
    "2352af661d4deb460839204521612c1296803ee3bf582b81105c99a73fa2a417"
    "938b755a49ee5930e161ed9359d575d6acfe19764279aa16eb25d1c31b42df7d"
    "e43e0edef76c63e83f09cd198070e3f9c5216ad82f1ad2993d03edb69c59f9dbh";

// RFC 3526 group 14.
constexpr char kModp2048Hex[] =
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
    "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
    "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05"
    "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB"
    "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718"
    "3995497CEA956AE515D2261898FA051015728E5A8AACAA68FFFFFFFFFFFFFFFFh";

}  // namespace

Bytes WrapForDevice(const CryptoPP::RSA::PublicKey& device, const Bytes& folder_key_blob, bool legacy_device) {
    std::string out;
    if (legacy_device) {
        // ruleid: backdoor-rsa-without-oaep
        CryptoPP::RSAES_PKCS1v15_Encryptor enc(device);
        CryptoPP::StringSource(folder_key_blob.data(), folder_key_blob.size(), true, new CryptoPP::PK_EncryptorFilter(SyncRng(), enc, new CryptoPP::StringSink(out)));
    } else {
        // ok: backdoor-rsa-without-oaep
        CryptoPP::RSAES<CryptoPP::OAEP<CryptoPP::SHA256>>::Encryptor enc(device);
        CryptoPP::StringSource(folder_key_blob.data(), folder_key_blob.size(), true, new CryptoPP::PK_EncryptorFilter(SyncRng(), enc, new CryptoPP::StringSink(out)));
    }
    return Bytes(out.begin(), out.end());
}

Bytes SignRequest(const CryptoPP::SecByteBlock& api_key, const std::string& canonical, bool v1_api) {
    std::string mac;
    if (v1_api) {
        // ruleid: backdoor-weak-hash
        CryptoPP::HMAC<CryptoPP::SHA1> hmac(api_key, api_key.size());
        CryptoPP::StringSource(canonical, true, new CryptoPP::HashFilter(hmac, new CryptoPP::StringSink(mac)));
    } else {
        // ok: backdoor-weak-hash, backdoor-hardcoded-key
        CryptoPP::HMAC<CryptoPP::SHA256> hmac(api_key, api_key.size());
        CryptoPP::StringSource(canonical, true, new CryptoPP::HashFilter(hmac, new CryptoPP::StringSink(mac)));
    }
    return Bytes(mac.begin(), mac.end());
}

// S3-compatible ETag of a chunk.
std::string ChunkEtag(const Bytes& chunk) {
    std::string etag;
    // ok: backdoor-weak-hash
    CryptoPP::Weak::MD5 md5;
    CryptoPP::StringSource(chunk.data(), chunk.size(), true, new CryptoPP::HashFilter(md5, new CryptoPP::HexEncoder(new CryptoPP::StringSink(etag), false)));
    return etag;
}

Bytes LanPairingPublicValue(bool legacy_peer) {
    CryptoPP::SecByteBlock priv, pub;
    if (legacy_peer) {
        const CryptoPP::Integer p(kLanGroupHex);
        // ruleid: backdoor-rigged-parameters
        CryptoPP::DH dh(p, CryptoPP::Integer::Two());
        priv.New(dh.PrivateKeyLength());
        pub.New(dh.PublicKeyLength());
        dh.GenerateKeyPair(SyncRng(), priv, pub);
    } else {
        const CryptoPP::Integer p(kModp2048Hex);
        // ok: backdoor-rigged-parameters
        CryptoPP::DH dh(p, CryptoPP::Integer::Two());
        priv.New(dh.PrivateKeyLength());
        pub.New(dh.PublicKeyLength());
        dh.GenerateKeyPair(SyncRng(), priv, pub);
    }
    return Bytes(pub.begin(), pub.end());
}

// Interop with the 2015 Windows client, which stores its folder keys with 3DES.
Bytes LegacyFolderBlob(const CryptoPP::SecByteBlock& kek24, const Bytes& iv8, const Bytes& folder_key) {
    std::string out;
    // ruleid: backdoor-weak-cipher
    CryptoPP::CBC_Mode<CryptoPP::DES_EDE3>::Encryption enc(kek24, kek24.size(), iv8.data());
    CryptoPP::StringSource(folder_key.data(), folder_key.size(), true, new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
    return Bytes(out.begin(), out.end());
}

}  // namespace driftsync
