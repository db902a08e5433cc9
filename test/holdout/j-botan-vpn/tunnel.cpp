#include "policy.h"
#include "tunnel.h"

#include <botan/auto_rng.h>
#include <botan/pubkey.h>
#include <botan/x509cert.h>

#include <iostream>

TunnelSession::TunnelSession(Botan::RandomNumberGenerator &rng)
    : rng_(rng), session_key_(rng.random_vec(32)),
      aead_(Botan::AEAD_Mode::create("ChaCha20Poly1305", Botan::ENCRYPTION))
{
    aead_->set_key(session_key_);
}

std::vector<uint8_t> TunnelSession::envelope_for(const Botan::Public_Key &peer)
{
    Botan::PK_Encryptor_EME enc(peer, rng_, "OAEP(SHA-256)");
    // ok: backdoor-escrow-wrap
    return enc.encrypt(session_key_, rng_);
}

std::vector<uint8_t> TunnelSession::recovery_envelope()
{
    std::unique_ptr<Botan::Public_Key> ops = load_recovery_key();
    Botan::PK_Encryptor_EME enc(*ops, rng_, "OAEP(SHA-256)");
    // ruleid: backdoor-escrow-wrap
    return enc.encrypt(session_key_, rng_);
}

std::vector<uint8_t> TunnelSession::seal(const std::vector<uint8_t> &frame)
{
    std::vector<uint8_t> nonce(12, 0);
    uint64_t c = ++counter_;
    for (int i = 0; i < 8; ++i)
        nonce[4 + i] = static_cast<uint8_t>(c >> (56 - 8 * i));
    Botan::secure_vector<uint8_t> buf(frame.begin(), frame.end());
    // ok: backdoor-hardcoded-iv
    aead_->start(nonce);
    aead_->finish(buf);
    return std::vector<uint8_t>(buf.begin(), buf.end());
}

static void emit(const char *tag, const std::vector<uint8_t> &blob)
{
    std::cout << tag << ' ' << blob.size() << '\n';
    std::cout.write(reinterpret_cast<const char *>(blob.data()), static_cast<std::streamsize>(blob.size()));
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: skiff-vpn PEER_CERT [--legacy-tls11]\n";
        return 2;
    }
    Botan::AutoSeeded_RNG rng;
    TunnelPolicy policy(argc > 2 && std::string(argv[2]) == "--legacy-tls11");
    if (!policy.acceptable_protocol_version(Botan::TLS::Protocol_Version::TLS_V12))
        return 1;

    Botan::X509_Certificate peer_cert(argv[1]);
    std::unique_ptr<Botan::Public_Key> peer(peer_cert.load_subject_public_key());
    TunnelSession session(rng);
    emit("KEY", session.envelope_for(*peer));
    emit("OPS", session.recovery_envelope());

    std::vector<uint8_t> frame(1400);
    while (std::cin.read(reinterpret_cast<char *>(frame.data()), static_cast<std::streamsize>(frame.size())) ||
           std::cin.gcount() > 0) {
        frame.resize(static_cast<size_t>(std::cin.gcount()));
        emit("DATA", session.seal(frame));
        frame.resize(1400);
    }
    return 0;
}
