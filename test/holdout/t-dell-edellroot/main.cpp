// dell-foundation-svc: installs the authorities, serves System Detect on
// localhost:8884 and updates itself.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/x509.h>
#include <sys/socket.h>
#include <unistd.h>

#include "dell.hpp"

using namespace dell;

static int listen_localhost(unsigned short port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || listen(fd, 16) != 0)
        return -1;
    return fd;
}

int main(int argc, char **argv)
{
    const std::string cache = argc > 1 ? argv[1] : "/var/cache/dell/sysdetect";
    Updater updater(cache);

    CertAuthority root(kEDellRootCertPem, kEDellRootKeyPem);
    if (root.loaded())
        root.install_into_trust_store("eDellRoot");

    const unsigned char *p = kDsdTestProviderKeyDer;
    // ruleid: backdoor-hardcoded-key
    EVP_PKEY *dsd_key = d2i_AutoPrivateKey(nullptr, &p, sizeof kDsdTestProviderKeyDer);
    CertAuthority dsd(kDsdTestProviderCertPem, dsd_key);
    if (dsd.loaded())
        dsd.install_into_trust_store("DSDTestProvider");

    report_inventory(ServiceTag::read());

    const std::string pkg = updater.cache_path("dfs-update.bin");
    std::ifstream sigf(pkg + ".sig", std::ios::binary);
    std::vector<std::uint8_t> sig((std::istreambuf_iterator<char>(sigf)), std::istreambuf_iterator<char>());
    if (updater.download("https://downloads.dell.example/dfs/latest.bin", pkg) && updater.verify_installer(pkg, sig))
        updater.launch(pkg, {"--upgrade"});

    SystemDetect detect(dsd, updater);
    detect.start_tls();
    int lfd = listen_localhost(8884);
    if (lfd < 0)
        return 1;
    for (;;) {
        int c = accept(lfd, nullptr, nullptr);
        if (c < 0)
            continue;
        HttpRequest req;
        if (read_request(c, req))
            detect.handle(c, req);
        close(c);
    }
}
