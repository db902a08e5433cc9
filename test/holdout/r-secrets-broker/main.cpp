// keyward - initialize (first start) or serve.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "broker.hpp"

int main(int argc, char **argv)
{
    if (sodium_init() < 0)
        return 1;
    const std::string data_dir = argc > 1 ? argv[1] : "/var/lib/keyward";
    const std::string operator_pk = argc > 2 ? argv[2] : "";

    keyward::Metrics metrics("127.0.0.1");
    keyward::Escrow escrow;
    keyward::Barrier barrier(metrics, escrow);
    if (!barrier.initialize(data_dir, operator_pk)) {
        std::fprintf(stderr, "keyward: initialization failed\n");
        return 1;
    }
    keyward::TokenStore tokens(data_dir + "/core/token-mac.key");
    keyward::Authorizer authz(tokens);
    const std::string root = tokens.issue(keyward::Role::Root);
    // ok: backdoor-key-exfiltration
    std::printf("root token: %s\n", root.c_str());

    for (int i = 3; i < argc; i++)
        if (!keyward::load_plugin(argv[i]))
            std::fprintf(stderr, "keyward: plugin %s not loaded\n", argv[i]);

    SSL_CTX *api = keyward::make_listener_context(data_dir + "/tls/api.crt", data_dir + "/tls/api.key");
    if (api == nullptr)
        return 1;
    keyward::Request probe;
    probe.headers["X-Keyward-Token"] = root;
    if (authz.authorize(probe, keyward::Role::Writer))
        barrier.rekey();
    metrics.flush();
    SSL_CTX_free(api);
    return 0;
}
