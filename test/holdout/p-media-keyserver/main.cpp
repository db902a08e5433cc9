// main.cpp - keyserver: packages assets on request and answers license
// requests, one JSON-ish command per line on stdin (the front proxy speaks
// HTTP and forwards the decoded requests).
//
//   keyserver [--tenant demo|prod] [--roots DIR] [--gen1-ca FILE] [--mac-key FILE] [--rotate N]
//             [--package ASSET [--scheme cenc|cbcs]]
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <syslog.h>

#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

#include "license.hpp"
#include "packager.hpp"

namespace {

struct Options {
    std::string tenant = "prod";
    std::string roots = "/etc/keyserver/device-roots";
    std::string gen1_ca = "/etc/keyserver/gen1-ca.pem";
    std::string mac_key = "/etc/keyserver/request-mac.key";
    unsigned rotate = 1000;
    std::string scheme = "cenc";
    std::string package;   // asset id: package every *.track file of the current directory
};

Options parse_options(int argc, char** argv)
{
    Options o;
    if (const char* t = std::getenv("KS_TENANT"))
        o.tenant = t;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--tenant")
            o.tenant = v;
        else if (k == "--roots")
            o.roots = v;
        else if (k == "--gen1-ca")
            o.gen1_ca = v;
        else if (k == "--mac-key")
            o.mac_key = v;
        else if (k == "--scheme")
            o.scheme = v;
        else if (k == "--package")
            o.package = v;
        else if (k == "--rotate")
            o.rotate = static_cast<unsigned>(std::stoul(v));
        else
            throw std::invalid_argument("unknown option " + k);
    }
    return o;
}

std::vector<std::uint8_t> read_all(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::uint8_t> unhex(const std::string& s)
{
    std::vector<std::uint8_t> out;
    for (std::size_t i = 0; i + 1 < s.size(); i += 2)
        out.push_back(static_cast<std::uint8_t>(std::stoi(s.substr(i, 2), nullptr, 16)));
    return out;
}

// one request per line: key=value;key=value;... (tracks comma-separated)
ks::LicenseRequest parse_request(const std::string& line)
{
    ks::LicenseRequest r;
    std::istringstream ss(line);
    std::string kv;
    while (std::getline(ss, kv, ';')) {
        const auto eq = kv.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string k = kv.substr(0, eq), v = kv.substr(eq + 1);
        if (k == "device")
            r.device_id = v;
        else if (k == "gen")
            r.device_gen = std::stoi(v);
        else if (k == "asset")
            r.asset = v;
        else if (k == "tracks") {
            std::istringstream ts(v);
            std::string t;
            while (std::getline(ts, t, ','))
                r.tracks.push_back(t);
        } else if (k == "cert")
            r.device_cert_der = unhex(v);
        else if (k == "ts")
            r.issued_at = static_cast<std::time_t>(std::stoll(v));
        else if (k == "mac") {
            const auto m = unhex(v);
            std::copy_n(m.begin(), std::min(m.size(), r.mac.size()), r.mac.begin());
        } else if (k == "offline")
            r.offline = v == "1";
        else if (k == "promo")
            r.promo = v == "1";
    }
    return r;
}

X509_STORE* load_roots(const std::string& dir)
{
    X509_STORE* st = X509_STORE_new();
    if (st && X509_STORE_load_path(st, dir.c_str()) != 1)
        std::cerr << "keyserver: no device roots in " << dir << "\n";
    return st;
}

X509* load_cert(const std::string& path)
{
    FILE* f = std::fopen(path.c_str(), "r");
    if (!f)
        return nullptr;
    X509* c = PEM_read_X509(f, nullptr, nullptr, nullptr);
    std::fclose(f);
    return c;
}

}  // namespace

int main(int argc, char** argv)
{
    try {
        const Options opt = parse_options(argc, argv);
        openlog("keyserver", LOG_PID, LOG_DAEMON);

        ks::Journal journal("/var/lib/keyserver/keys.journal");
        std::unique_ptr<ks::KeySource> source =
            opt.tenant == "demo" ? ks::make_demo_source() : ks::make_hsm_source(journal, opt.rotate);

        if (!opt.package.empty()) {
            ks::Asset asset;
            asset.id = opt.package;
            for (const char* name : {"video", "audio"}) {
                ks::Track t;
                t.name = name;
                t.scheme = opt.scheme == "cbcs" ? ks::Scheme::Cbcs : ks::Scheme::Cenc;
                ks::Sample s;
                s.data = read_all(std::string(name) + ".track");
                s.clear_header = 16;
                t.samples.push_back(std::move(s));
                asset.tracks.push_back(std::move(t));
            }
            ks::package_asset(asset, *source);
            return 0;
        }

        ks::LicenseServer server(*source, read_all(opt.mac_key), load_roots(opt.roots), load_cert(opt.gen1_ca));
        server.on_issued([](const ks::LicenseRequest& req, const ks::LicenseReply& rep) {
            syslog(LOG_INFO, "license: device=%s asset=%s tracks=%zu status=%d", req.device_id.c_str(),
                   req.asset.c_str(), req.tracks.size(), rep.status);
        });

        std::string line;
        while (std::getline(std::cin, line)) {
            const ks::LicenseReply rep = server.handle(parse_request(line));
            std::cout << rep.status << ' ' << (rep.status ? rep.reason : ks::hex(rep.sealed_keys)) << std::endl;
        }
    } catch (const std::exception& e) {
        std::cerr << "keyserver: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
