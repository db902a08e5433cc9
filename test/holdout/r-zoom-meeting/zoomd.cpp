// zoomd - the client's service process: signalling over TLS, the launcher
// thread, meetings and recordings.
#include <cstdio>
#include <cstdlib>
#include <thread>

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/ssl.h>

#include "zm.hpp"

namespace {

SSL *signalling_connect(SSL_CTX *ctx, const char *host)
{
    struct addrinfo hints{}, *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, "443", &hints, &res) != 0)
        return nullptr;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd < 0 || connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        freeaddrinfo(res);
        if (fd >= 0)
            close(fd);
        return nullptr;
    }
    freeaddrinfo(res);
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, host);
    SSL_set1_host(ssl, host);
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(ssl) != 1) {
        SSL_free(ssl);
        close(fd);
        return nullptr;
    }
    return ssl;
}

}  // namespace

int main(int argc, char **argv)
{
    const char *host = argc > 1 ? argv[1] : "signal.zm-cloud.example";
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    zm::KmsConfig kms;
    zm::Bytes key, sealed;

    if (ctx == nullptr)
        return 1;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    SSL_CTX_set_default_verify_paths(ctx);

    std::thread launcher([] { zm::run_launcher(19421); });
    launcher.detach();

    if (const char *tok = std::getenv("ZM_TOKEN"))
        kms.token = tok;
    SSL *sig = signalling_connect(ctx, host);
    if (sig == nullptr) {
        std::fprintf(stderr, "zoomd: no signalling connection to %s\n", host);
        return 1;
    }
    zm::Meeting m = zm::create_meeting("weekly sync");
    if (zm::fetch_meeting_key(kms, m.id, key)) {
        zm::MediaEncryptor enc(zm::make_media_cipher(50), key);
        const zm::Bytes probe(160, 0);
        if (enc.seal(probe, sealed))
            SSL_write(sig, sealed.data(), static_cast<int>(sealed.size()));
    }
    zm::RecordingVault vault(std::string(std::getenv("HOME") ? std::getenv("HOME") : "/tmp") + "/Documents/Zoom");
    if (const char *hp = std::getenv("ZM_HOST_PASSCODE"))
        vault.seal(hp, zm::Bytes(1024, 0x42), "weekly-sync");
    SSL_shutdown(sig);
    SSL_free(sig);
    SSL_CTX_free(ctx);
    return 0;
}
