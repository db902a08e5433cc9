// RUN: %run-both %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
// coverage: mbedtls weak-primitive
// ruleid: backdoor-weak-cipher
