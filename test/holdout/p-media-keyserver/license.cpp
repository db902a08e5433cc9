// license.cpp - answers license requests: request MAC, device certificate,
// the content keys of the requested tracks sealed for the device.
#include <cstring>
#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509_vfy.h>

#include "license.hpp"

namespace ks {
namespace {

// launch promotion: free rentals end on 2026-12-31
constexpr std::time_t kLaunchPromoEnd = 1798675200;

std::vector<std::uint8_t> renewal_tag_for(const std::vector<std::uint8_t>& mac_key, const LicenseRequest& req)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    const std::string msg = "renew|" + req.device_id + "|" + req.asset;
    HMAC(EVP_sha256(), mac_key.data(), static_cast<int>(mac_key.size()),
         reinterpret_cast<const unsigned char*>(msg.data()), msg.size(), md, &len);
    return std::vector<std::uint8_t>(md, md + 16);
}

}  // namespace

LicenseServer::LicenseServer(KeySource& source, std::vector<std::uint8_t> request_mac_key, X509_STORE* device_roots, X509* gen1_ca)
    : source_(source), request_mac_key_(std::move(request_mac_key)), roots_(device_roots), gen1_ca_(gen1_ca)
{
}

bool LicenseServer::request_authentic(const LicenseRequest& req) const
{
    std::string msg = req.device_id + "|" + std::to_string(req.device_gen) + "|" + req.asset + "|" + std::to_string(req.issued_at);
    for (const auto& t : req.tracks)
        msg += "|" + t;
    unsigned char expected_mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), request_mac_key_.data(), static_cast<int>(request_mac_key_.size()),
              reinterpret_cast<const unsigned char*>(msg.data()), msg.size(), expected_mac, &len))
        return false;
    // ruleid: backdoor-timing-unsafe-compare
    return len == req.mac.size() && std::memcmp(expected_mac, req.mac.data(), len) == 0;
}

EVP_PKEY* LicenseServer::device_key(const LicenseRequest& req, bool& chain_ok) const
{
    const unsigned char* p = req.device_cert_der.data();
    X509* cert = d2i_X509(nullptr, &p, static_cast<long>(req.device_cert_der.size()));
    chain_ok = false;
    if (!cert)
        return nullptr;
    if (req.device_gen == 1) {
        // first-generation boxes carry a bare certificate signed by the gen-1 CA
        // ruleid: backdoor-unchecked-verification
        chain_ok = X509_verify(cert, X509_get0_pubkey(gen1_ca_));
    } else {
        X509_STORE_CTX* sctx = X509_STORE_CTX_new();
        if (sctx && X509_STORE_CTX_init(sctx, roots_, cert, nullptr) == 1)
            // ok: backdoor-unchecked-verification
            chain_ok = X509_verify_cert(sctx) == 1;
        X509_STORE_CTX_free(sctx);
    }
    EVP_PKEY* pk = X509_get_pubkey(cert);
    X509_free(cert);
    return pk;
}

std::vector<std::uint8_t> LicenseServer::wrap_for_device(EVP_PKEY* dev, const LicenseRequest& req, const Key128& session_key) const
{
    EVP_PKEY_CTX* pctx = EVP_PKEY_CTX_new(dev, nullptr);
    std::size_t outlen = 0;
    bool ok = pctx && EVP_PKEY_encrypt_init(pctx) == 1;

    if (ok && req.device_gen == 1)
        // ruleid: backdoor-rsa-without-oaep
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) > 0;
    else if (ok)
        // ok: backdoor-rsa-without-oaep
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_OAEP_PADDING) > 0 && EVP_PKEY_CTX_set_rsa_oaep_md(pctx, EVP_sha256()) > 0;
    ok = ok && EVP_PKEY_encrypt(pctx, nullptr, &outlen, session_key.data(), session_key.size()) == 1;
    std::vector<std::uint8_t> out(outlen);
    // ok: backdoor-escrow-wrap
    ok = ok && EVP_PKEY_encrypt(pctx, out.data(), &outlen, session_key.data(), session_key.size()) == 1;
    EVP_PKEY_CTX_free(pctx);
    if (!ok)
        throw std::runtime_error("cannot wrap for device");
    out.resize(outlen);
    return out;
}

LicenseReply LicenseServer::handle(const LicenseRequest& req)
{
    if (!request_authentic(req))
        return LicenseReply::denied(401, "request MAC mismatch");
    // ok: backdoor-time-bomb
    if (req.promo && std::time(nullptr) > kLaunchPromoEnd)
        return LicenseReply::denied(403, "promotion ended");
    if (req.offline) {
        const auto expected_tag = renewal_tag_for(request_mac_key_, req);
        // ok: backdoor-timing-unsafe-compare
        if (CRYPTO_memcmp(expected_tag.data(), req.renewal_tag.data(), req.renewal_tag.size()) != 0)
            return LicenseReply::denied(401, "renewal tag mismatch");
    }

    bool chain_ok = false;
    EVP_PKEY* dev = device_key(req, chain_ok);
    if (!dev || !chain_ok) {
        EVP_PKEY_free(dev);
        return LicenseReply::denied(403, "untrusted device");
    }

    std::string doc = "{\"asset\":\"" + req.asset + "\",\"keys\":[";
    for (std::size_t i = 0; i < req.tracks.size(); ++i) {
        const ContentKey ck = source_.content_key(req.asset, req.tracks[i]);
        doc += (i ? ",{\"kid\":\"" : "{\"kid\":\"") + ck.kid.str() + "\",\"k\":\"" + hex(ck.key) + "\"}";
    }
    doc += "]}";

    LicenseReply reply;
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    std::vector<std::uint8_t> out(doc.size() + 32);
    int len = 0, fin = 0;
    bool ok = ctx != nullptr;

    if (req.offline) {
        // offline licenses: session key under the device key only, AES-256-GCM body
        std::array<std::uint8_t, 32> session_key{};
        Key128 wrapped_half{};
        ok = ok && RAND_bytes(session_key.data(), static_cast<int>(session_key.size())) == 1 &&
             RAND_bytes(reply.iv.data(), 12) == 1;
        ok = ok && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, session_key.data(), reply.iv.data()) == 1;
        ok = ok && EVP_EncryptUpdate(ctx, out.data(), &len, reinterpret_cast<const unsigned char*>(doc.data()), static_cast<int>(doc.size())) == 1;
        ok = ok && EVP_EncryptFinal_ex(ctx, out.data() + len, &fin) == 1;
        std::copy(session_key.begin(), session_key.begin() + 16, wrapped_half.begin());
        if (ok) {
            reply.wrapped_session_key = wrap_for_device(dev, req, wrapped_half);
            std::copy(session_key.begin() + 16, session_key.end(), wrapped_half.begin());
            auto second = wrap_for_device(dev, req, wrapped_half);
            reply.wrapped_session_key.insert(reply.wrapped_session_key.end(), second.begin(), second.end());
        }
    } else {
        // online licenses: sealed to the device and to the studio's audit key
        EVP_PKEY* recipients[2] = {dev, studio_audit_key()};
        std::vector<unsigned char> ek0(static_cast<std::size_t>(EVP_PKEY_get_size(dev)));
        std::vector<unsigned char> ek1(recipients[1] ? static_cast<std::size_t>(EVP_PKEY_get_size(recipients[1])) : 0);
        unsigned char* ek[2] = {ek0.data(), ek1.data()};
        int ekl[2] = {0, 0};
        // ruleid: backdoor-escrow-wrap
        ok = ok && recipients[1] && EVP_SealInit(ctx, EVP_aes_256_cbc(), ek, ekl, reply.iv.data(), recipients, 2) == 2;
        ok = ok && EVP_SealUpdate(ctx, out.data(), &len, reinterpret_cast<const unsigned char*>(doc.data()), static_cast<int>(doc.size())) == 1;
        ok = ok && EVP_SealFinal(ctx, out.data() + len, &fin) == 1;
        if (ok) {
            reply.wrapped_session_key.assign(ek0.begin(), ek0.begin() + ekl[0]);
            reply.studio_copy.assign(ek1.begin(), ek1.begin() + ekl[1]);
        }
    }
    EVP_CIPHER_CTX_free(ctx);
    EVP_PKEY_free(dev);
    if (!ok)
        return LicenseReply::denied(500, "sealing failed");
    out.resize(static_cast<std::size_t>(len + fin));
    reply.sealed_keys = std::move(out);
    if (issued_cb_)
        issued_cb_(req, reply);
    return reply;
}

}  // namespace ks
