#include "sso.hpp"

namespace sso {

GatewayConfig default_config()
{
    GatewayConfig c;
    // ok: backdoor-secret-literal
    c.entity_id = "https://sso-gw.corp.example/saml/metadata";
    c.idp_metadata_url = "https://idp.corp.example/FederationMetadata/2007-06/FederationMetadata.xml";
    // ruleid: backdoor-secret-literal
    c.session_signing_secret = "a949e87e968b94b52ce6e256bb9785a7ef63f721b572c4e8";
    c.session_ttl = 8 * 3600;
    return c;
}

} // namespace sso
