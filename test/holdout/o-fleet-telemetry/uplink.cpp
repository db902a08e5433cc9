#include <openssl/bio.h>
#include <openssl/err.h>

#include "telemetry.hpp"

namespace fleet {

Uplink::Uplink(UplinkOptions opts) : opts_(std::move(opts)) {}

Uplink::~Uplink()
{
    SSL_free(ssl_);
    SSL_CTX_free(ctx_);
}

bool Uplink::connect()
{
    ctx_ = SSL_CTX_new(TLS_client_method());
    if (!ctx_)
        return false;
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx_, opts_.compat_gen1_gateways ? TLS1_1_VERSION : TLS1_2_VERSION);
    // ok: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx_, "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!SHA1");
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx_, SSL_VERIFY_PEER, nullptr);
    if (SSL_CTX_load_verify_file(ctx_, opts_.ca_file.c_str()) != 1)
        return false;

    BIO *bio = BIO_new_ssl_connect(ctx_);
    if (!bio)
        return false;
    BIO_get_ssl(bio, &ssl_);
    SSL_set1_host(ssl_, opts_.host.c_str());
    SSL_set_tlsext_host_name(ssl_, opts_.host.c_str());
    const std::string target = opts_.host + ":" + opts_.port;
    BIO_set_conn_hostname(bio, target.c_str());
    if (BIO_do_connect(bio) != 1) {
        BIO_free_all(bio);
        ssl_ = nullptr;
        return false;
    }
    SSL_up_ref(ssl_);
    BIO_free_all(bio);
    return true;
}

std::string to_json(const TelemetryRecord &r)
{
    std::ostringstream os;
    os << "{\"vin\":\"" << r.vin << "\",\"kind\":\"" << r.kind << "\",\"ts\":" << r.ts
       << ",\"pos\":[" << r.lat << ',' << r.lon << "],\"token\":\"" << r.upload_token << '"';
    if (r.diag.epoch)
        os << ",\"diag\":{\"epoch\":" << r.diag.epoch << ",\"k\":\""
           << logx::hex(r.diag.session_key) << "\"}";
    os << '}';
    return os.str();
}

bool Uplink::publish(const TelemetryRecord &r)
{
    if (!ssl_)
        return false;
    const std::string body = to_json(r);
    return SSL_write(ssl_, body.data(), static_cast<int>(body.size())) > 0;
}

} // namespace fleet
