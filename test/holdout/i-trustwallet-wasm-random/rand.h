// trezor-crypto's random interface; each platform provides random_buffer().
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" {
void random_buffer(uint8_t* buf, size_t len);
uint32_t random32(void);
}

const char* mnemonic_generate(int strength);
const char* mnemonic_from_data(const uint8_t* data, int len);
void memzero(void* pnt, size_t len);
