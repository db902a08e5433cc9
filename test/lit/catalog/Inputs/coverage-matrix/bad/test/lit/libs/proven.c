// RUN: %run-both %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
// coverage: libsodium hardcoded-key
// ruleid: backdoor-hardcoded-key
// ok: backdoor-hardcoded-key
