// RUN: %run-both --checks=backdoor-secret-literal --header-filter='.*Inputs.*' %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --checks=backdoor-secret-literal %s -- %mock | FileCheck %s -check-prefix=NO-FILTER -allow-empty -implicit-check-not="{{warning|error}}:"
// A secret-looking literal in a project header is reported where the header
// filter reaches (the CLI's default: every header of the scanned tree), as the
// other rules' findings in headers are: a macro, a variable, a byte array and
// a struct field. Not in system headers (the mock library headers here), and
// nothing of the header without a header filter.
#include "Inputs/secret-literal-keys.h"
#include <openssl/evp.h>

// CHECK-MESSAGES: secret-literal-keys.h:3:31: warning: macro 'SNMP_DEFAULT_AUTH_KEY' holds a hex string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
// CHECK-MESSAGES: secret-literal-keys.h:4:47: warning: variable 'kWebhookSigningKey' holds a hex string
// CHECK-MESSAGES: secret-literal-keys.h:5:45: warning: variable 'kRecordKey' holds 16 random-looking bytes
// CHECK-MESSAGES: secret-literal-keys.h:11:60: warning: field 'api_token' holds a base64-like string
// NO-FILTER-NOT: secret-literal-keys.h

const char *device_name(void) { return kDefaults.name; }
