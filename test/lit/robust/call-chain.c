// Analysis cost is linear in program size: a generated chain of 3,000
// functions, each calling the next and passing a key along (the per-summary
// copy of the whole memo made 400 functions take 40 seconds), and every 100th
// function encrypting under its own constant key: 30 findings, at the right
// lines (found with a line table, not by counting newlines per finding).
// RUN: %python %S/Inputs/gen-call-chain.py 3000 > %t.c
// RUN: %run-both --timeout 120 --checks=backdoor-hardcoded-key %t.c -- %mock > %t.out
// RUN: FileCheck %s -input-file %t.out -implicit-check-not="{{warning|error}}:"
// The first function of the file is f2999; f2900 starts at line 3 + 99 * 3 + 1.
// CHECK: .c:302:47: warning: hardcoded key 'own2900' reaches the key of 'EVP_EncryptInit_ex'
// CHECK-NEXT: .c:301:44: note: constant defined here
// CHECK-COUNT-28: warning: hardcoded key 'own{{[0-9]+}}'
// CHECK: .c:9060:47: warning: hardcoded key 'own0'
// Also under the CLI's own limit.
// RUN: %expect-exit 1 %backdoor-scan --no-progress --no-cache --unit-timeout 120 --checks=backdoor-hardcoded-key %t.c -- %mock | grep -c "warning:" | FileCheck %s -check-prefix=COUNT
// COUNT: 30
