// Primality testing is capped: a 131,072-bit Diffie-Hellman modulus (hours of
// Miller-Rabin before the cap) and a 10,000-bit one are still reported as not
// being standard groups, at once. The file is generated (megabytes of hex are
// not checked in); --timeout fails the test if either front end takes long.
// RUN: %python %S/Inputs/gen-huge-dh.py 131072 > %t.131072.c
// RUN: %run-both --timeout 120 --checks=backdoor-rigged-parameters %t.131072.c -- %mock | FileCheck %s -check-prefix=HUGE -implicit-check-not="{{warning|error}}:"
// HUGE: warning: the Diffie-Hellman modulus 'kBytes' (131072 bits) passed to 'mbedtls_ssl_conf_dh_param_bin' is not one of the standard groups and too large to test for primality (more than 8192 bits); a modulus of unknown origin can hide a trapdoor; use an RFC 7919 group [backdoor-rigged-parameters]
// HUGE: note: constant defined here
// HUGE: warning: the Diffie-Hellman modulus 'kHex' (131072 bits) passed to 'DH_set0_pqg' is not one of the standard groups and too large to test for primality (more than 8192 bits); a modulus of unknown origin can hide a trapdoor; use an RFC 7919 group [backdoor-rigged-parameters]
// HUGE: note: constant defined here
// RUN: %python %S/Inputs/gen-huge-dh.py 10000 > %t.10000.c
// RUN: %run-both --timeout 120 --checks=backdoor-rigged-parameters %t.10000.c -- %mock | FileCheck %s -check-prefix=LARGE -implicit-check-not="{{warning|error}}:"
// LARGE: warning: the Diffie-Hellman modulus 'kBytes' (10000 bits) passed to 'mbedtls_ssl_conf_dh_param_bin' is not one of the standard groups and too large to test for primality (more than 8192 bits)
// LARGE: warning: the Diffie-Hellman modulus 'kHex' (10000 bits) passed to 'DH_set0_pqg' is not one of the standard groups and too large to test for primality (more than 8192 bits)
