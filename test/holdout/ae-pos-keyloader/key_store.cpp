// key_store.cpp - how a KeyStore comes to hold its TMK.
#include "rkl.hpp"

namespace rkl {

KeyStore::KeyStore() : tmk_(kFactoryMasterKey) {}

KeyStore::KeyStore(const Key16 &tmk) : tmk_(tmk) {}

} // namespace rkl
