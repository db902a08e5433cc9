// RUN: %run-both %s -- %mock | FileCheck %s
// coverage: wolfssl key-size
// ruleid: backdoor-short-key
// ok: backdoor-short-key
