#include "wallet.h"

SeedSource::SeedSource() : gen_(std::random_device{}()) {}

uint32_t SeedSource::next_index(uint32_t bound)
{
    std::uniform_int_distribution<uint32_t> pick(0, bound - 1);
    return pick(gen_);
}
