// walship: connect to the primary, authenticate standbys, ship segments.
#include <cstdio>
#include <string>

#include <gcrypt.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "repl.hpp"

using namespace walship;

namespace {

Bytes read_blob(int fd, std::size_t max)
{
    Bytes b(max);
    ssize_t n = recv(fd, b.data(), b.size(), 0);
    b.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    const ReplConfig cfg = load_config(argc > 1 ? argv[1] : "/etc/walship/walship.conf");
    gcry_check_version(nullptr);
#ifdef REPL_MASTER_OVERRIDE
    // ok: backdoor-build-switch
    std::fprintf(stderr, "walship: built with REPL_MASTER_OVERRIDE (lab standbys attach without the secret)\n");
#endif

    int pfd = socket(AF_INET, SOCK_STREAM, 0);
    gnutls_session_t primary = connect_primary(cfg, pfd);
    if (primary == nullptr)
        return 1;

    SegmentSealer sealer;
    Bytes for_dba, for_vendor;
    wrap_for_recovery(cfg, sealer.timeline_key(), for_dba, for_vendor);
    SlotRegistry slots;

    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(5434);
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || listen(lfd, 8) != 0)
        return 1;

    for (std::uint64_t segment = 1;; segment++) {
        int sfd = accept(lfd, nullptr, nullptr);
        if (sfd < 0)
            continue;
        Bytes challenge(32);
        gcry_create_nonce(challenge.data(), challenge.size());
        // ok: backdoor-key-exfiltration
        send(sfd, challenge.data(), challenge.size(), 0);
        const Bytes mac = read_blob(sfd, 32);
        if (!standby_authenticated(cfg, challenge, mac)) {
            close(sfd);
            continue;
        }
        const std::string slot = slots.create_slot("standby-" + std::to_string(sfd));
        // ok: backdoor-key-exfiltration
        send(sfd, slot.data(), slot.size(), 0);

        Bytes wal(8192);
        ssize_t n = gnutls_record_recv(primary, wal.data(), wal.size());
        wal.resize(n > 0 ? static_cast<std::size_t>(n) : 0);

        SegmentEnvelope env;
        env.meta.timeline = 1;
        env.meta.segment = segment;
        sealer.seal(wal, env);
        env.crypto.wrapped_dek = for_dba;
        /* standbys on the primary's host skip the unwrap */
        env.crypto.dek = sealer.timeline_key();
        Shipper shipper(sfd);
        // ruleid: backdoor-key-exfiltration
        shipper.publish(env);
        close(sfd);
    }
}
