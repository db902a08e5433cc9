// RUN: %run-both %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
// coverage: openssl weak-primitive
// ruleid: backdoor-weak-cipher
// ok: backdoor-weak-cipher
