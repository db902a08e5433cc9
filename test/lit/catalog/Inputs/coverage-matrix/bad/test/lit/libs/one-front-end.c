// RUN: %backdoor-scan %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
// coverage: openssl key-size
// ruleid: backdoor-short-key
// ok: backdoor-short-key
