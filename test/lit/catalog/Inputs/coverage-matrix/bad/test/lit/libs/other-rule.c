// RUN: %run-both %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
// coverage: openssl tls-verify
// coverage: nosuchlib weak-primitive
// coverage: openssl strength
// coverage: openssl
// ruleid: backdoor-weak-cipher
// ok: backdoor-weak-cipher
