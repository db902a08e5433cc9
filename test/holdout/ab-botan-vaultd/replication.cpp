// Followers pull the leader's entries over TLS. Before TLS, the pairing
// exchange agrees a replication key by Diffie-Hellman: version 1 in the
// group the first release shipped, version 2 in RFC 7919's ffdhe3072.
#include <arpa/inet.h>
#include <botan/dh.h>
#include <botan/dl_group.h>
#include <botan/pubkey.h>
#include <botan/tls_client.h>
#include <botan/tls_session_manager.h>
#include <botan/credentials_manager.h>
#include <botan/certstor.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>
#include "callbacks.hpp"
#include "policy.hpp"
#include "vault.hpp"

namespace vaultd {
namespace {

// ruleid: backdoor-rigged-parameters
const Botan::DL_Group kReplicationGroupV1(Botan::BigInt("0x91CFC5EAF0774B5050282FA60ABD7D8B3BD0B1324AF22E295F5CE320275C2FC065E12C228179843CC5F8FEBA66988FD2BCE1A2A871349024A7297D7F54FE7458D90750C779DF0A13DEAF57A8A45AA59EF97E399BA107A3F88B38CB303F0E68FAC80134A8EBF79FA3DD1918DCFC1F826039F0C047988A7C51996B3DF7B1D7FC62E9BB551A260107F8B695A5AC7FAD8628C2BA5CC1BBC49C19D41F52F0E7E9C76C54EC4EC16A573D627FBBB0035E8E5D64583747442DE9A5E249357D5F0F28B05D4AB7B28B6BFC245B94252E0B65E35138D45528485EE7A5DDE889D651090E0A966E9B7A70443501F62033B5445C6D4B1FD6834BC872BF49E1CB88E211D86C538D"), Botan::BigInt(2));
// ok: backdoor-rigged-parameters, backdoor-short-key
const Botan::DL_Group kReplicationGroupV2("ffdhe/ietf/3072");

class SystemCredentials final : public Botan::Credentials_Manager {
public:
    std::vector<Botan::Certificate_Store *> trusted_certificate_authorities(const std::string &, const std::string &) override
    {
        return {&system_};
    }

private:
    Botan::Certificate_Store_In_Memory system_{"/etc/vaultd/ca.d"};
};

int connect_tcp(const std::string &host, uint16_t port)
{
    addrinfo hints{}, *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

Botan::secure_vector<uint8_t> pairing_key(int fd, Botan::RandomNumberGenerator &rng, bool v2)
{
    const Botan::DH_PrivateKey eph(rng, v2 ? kReplicationGroupV2 : kReplicationGroupV1);
    const auto mine = eph.public_value();
    std::vector<uint8_t> theirs(mine.size());
    if (send(fd, mine.data(), mine.size(), 0) != static_cast<ssize_t>(mine.size()) ||
        recv(fd, theirs.data(), theirs.size(), MSG_WAITALL) != static_cast<ssize_t>(theirs.size()))
        return {};
    // ok: backdoor-weak-hash
    Botan::PK_Key_Agreement ka(eph, rng, "HKDF(SHA-256)");
    return ka.derive_key(32, theirs).bits_of();
}

}  // namespace

void replicate_from(const std::string &leader_host, uint16_t port, Vault &vault,
                    Botan::RandomNumberGenerator &rng, bool peer_supports_v2)
{
    int fd = connect_tcp(leader_host, port);
    if (fd < 0)
        return;
    const auto pk = pairing_key(fd, rng, peer_supports_v2);
    if (pk.empty()) {
        close(fd);
        return;
    }

    std::string pending;
    ReplicaCallbacks cb(
        [fd](const uint8_t *d, size_t n) { send(fd, d, n, MSG_NOSIGNAL); },
        [&pending](const uint8_t *d, size_t n) { pending.append(reinterpret_cast<const char *>(d), n); });
    Botan::TLS::Session_Manager_In_Memory sessions(rng);
    SystemCredentials creds;
    ReplicaPolicy policy;
    Botan::TLS::Client client(cb, sessions, creds, policy, rng,
                              Botan::TLS::Server_Information(leader_host, port));

    uint8_t buf[4096];
    while (!client.is_closed() && !cb.closed) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        client.received_data(buf, static_cast<size_t>(n));
        size_t nl;
        while ((nl = pending.find('\n')) != std::string::npos) {
            const std::string line = pending.substr(0, nl);
            pending.erase(0, nl + 1);
            const auto tab = line.find('\t');
            if (tab != std::string::npos)
                vault.write(line.substr(0, tab), std::vector<uint8_t>(line.begin() + static_cast<long>(tab) + 1, line.end()));
        }
    }
    close(fd);
}

}  // namespace vaultd
