// RUN: %run-both %s -- %mock \
// RUN:   | FileCheck %s -implicit-check-not="{{warning|error}}:"
// coverage: libsodium hardcoded-key
// ruleid: backdoor-hardcoded-key
// ok: backdoor-known-key
