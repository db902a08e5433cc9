// main.cpp - tcgw: the telecommand gateway of one antenna
#include <iostream>

#include "gs.hpp"

static const char kUsage[] = "usage: tcgw KEYSTORE MCC-HOST\n";

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << kUsage;
        return 2;
    }
    gs::KeyStore ks(argv[1]);
    if (!ks.load())
        return 1;
    ks.end_of_mission_check();
    gs::SdlsChannel ch(ks, 3);
    const std::vector<uint8_t> frame = {0x20, 0x03, 0x00, 0x10, 0xc0, 0x00};
    std::cout << "tc " << gs::hex(ch.protect(frame)) << "\n";
    std::cout << "pn " << gs::hex(gs::ranging_pn_sequence(8)) << "\n";
    return gs::mcc_connect(argv[2]);
}
