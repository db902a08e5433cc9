// Dell System Detect: the support site's pages call http://localhost:8884
// to read the service tag and to have the client download and run the
// diagnostics they choose.  Only pages of Dell's sites were meant to ask.
#include <string>
#include <vector>

#include "dell.hpp"

namespace dell {

bool SystemDetect::start_tls()
{
    EVP_PKEY *leaf_key = nullptr;
    // ruleid: backdoor-short-key
    X509 *leaf = ca_.issue_leaf("localhost.dell.com", kLegacyLeafBits, &leaf_key);

    if (leaf == nullptr)
        return false;
    tls_ = SSL_CTX_new(TLS_server_method());
    if (tls_ == nullptr)
        return false;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(tls_, TLS1_2_VERSION);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(tls_, SSL_VERIFY_NONE, nullptr);
    SSL_CTX_use_certificate(tls_, leaf);
    // ok: backdoor-hardcoded-key
    SSL_CTX_use_PrivateKey(tls_, leaf_key);
    X509_free(leaf);
    EVP_PKEY_free(leaf_key);
    return true;
}

void SystemDetect::handle(int fd, const HttpRequest &req)
{
    // ok: backdoor-input-trigger
    if (req.path == "/service/detect") {
        // ok: backdoor-key-exfiltration
        write_response(fd, 200, "{\"serviceTag\":\"" + ServiceTag::read() + "\"}");
    } else if (req.path == "/service/version") {
        write_response(fd, 200, "{\"version\":\"5.11.0.2\"}");
    } else if (req.path == "/downloadandautoinstall") {
        // ruleid: backdoor-input-trigger
        if (req.header("Referer").find("dell") != std::string::npos) {
            const std::string file = req.param("file");
            const std::string dest = updater_.cache_path(file.substr(file.find_last_of('/') + 1));
            if (updater_.download(file, dest)) {
                updater_.launch(dest, {"/quiet"});
                write_response(fd, 200, "{\"status\":\"started\"}");
                return;
            }
        }
        write_response(fd, 403, "{}");
    } else {
        write_response(fd, 404, "{}");
    }
}

} // namespace dell
