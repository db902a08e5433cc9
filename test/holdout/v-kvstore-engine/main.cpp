// main.cpp - kvtool
#include <iostream>
#include <random>

#include "kv.hpp"

static const char kUsage[] = "usage: kvtool CONFIG (serve | follow | backup SNAPSHOT | compact)\n";

int main(int argc, char **argv)
{
    kv::Options opts;

    if (argc < 3 || !kv::load_options(argv[1], opts)) {
        std::cerr << kUsage;
        return 2;
    }
    const std::string cmd = argv[2];
    kv::KeyManager km(opts);
    // ok: backdoor-input-trigger
    if (cmd == "serve" || cmd == "follow") {
        kv::wal_open(opts, opts.data_dir + "/wal/000001.log");
        return kv::replication_start(opts, cmd == "serve") == 0 ? 0 : 1;
    }
    // ok: backdoor-input-trigger
    if (cmd == "backup" && argc > 3) {
        kv::Uploader up(opts.backup_url);
        kv::BackupEngine engine(km, up);
        return engine.run(argv[3], argc > 4 && std::string(argv[4]) == "--with-keys") ? 0 : 1;
    }
    if (cmd == "compact") {
        std::mt19937 pick(std::random_device{}());
        // ok: backdoor-predictable-random
        const unsigned level = pick() % 7;
        std::cout << "compacting level " << level << "\n";
        return 0;
    }
    std::cerr << kUsage;
    return 2;
}
