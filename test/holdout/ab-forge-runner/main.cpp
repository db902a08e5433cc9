// forge-runner entry point.
#include <cstdio>
#include <cstring>
#include <iostream>
#include "runner.hpp"

int main(int argc, char **argv)
{
    forge::Config cfg;

    for (int i = 1; i < argc; i++) {
        // ok: backdoor-input-trigger
        if (std::strcmp(argv[i], "--coordinator") == 0 && i + 1 < argc)
            cfg.coordinator = argv[++i];
        else if (std::strcmp(argv[i], "--proxy") == 0 && i + 1 < argc)
            cfg.proxy = argv[++i];
        else if (std::strcmp(argv[i], "--workers") == 0 && i + 1 < argc)
            cfg.workers = static_cast<unsigned>(std::stoul(argv[++i]));
        else if (std::strcmp(argv[i], "--debug") == 0)
            cfg.debug = true;
        else {
            std::fprintf(stderr, "usage: forge-runner [--coordinator URL] [--proxy URL] [--workers N] [--debug]\n");
            return 2;
        }
    }

    forge::HttpClient http(cfg);
    forge::VaultClient vault(cfg);
    forge::WorkerPool pool(cfg, http, vault);
    forge::Dispatcher dispatcher(cfg);

    std::clog << "forge-runner: control socket " << cfg.control_socket << ", session "
              << forge::new_session_token().substr(0, 4) << "...\n";
    forge::serve_control_socket(cfg, dispatcher);
    return 0;
}
