// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// PINs and one-time codes are secrets (random-secret-name): a transfer PIN
// or a verification code drawn from rand() can be guessed; a spin count, a
// pin number of a GPIO header or a shuffle cannot leak anything.
#include <stdio.h>
#include <stdlib.h>

void send_transfer_pin(char *out) {
  // ruleid: backdoor-predictable-random
  long transfer_pin = random() % 1000000;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: output of 'random' becomes 'transfer_pin'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  sprintf(out, "%06ld", transfer_pin);
}

int make_verification_code(void) {
  // ruleid: backdoor-predictable-random
  int verification_code = rand() % 1000000;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: output of 'rand' becomes 'verification_code'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  return verification_code;
}

int backoff_spins(void) {
  // ok: backdoor-predictable-random
  int spin = rand() % 16;
  return spin;
}

int pick_led(void) {
  // ok: backdoor-predictable-random
  int gpio_pin_number = rand() % 8;
  return gpio_pin_number;
}

// A WPS PIN with its check digit appended (`pin = pin * 10 + checksum`): the
// same flow as the draw, reported once; a second draw into the variable is
// another.
unsigned wps_checksum(unsigned pin);
unsigned wps_generate_pin(void) {
  // ruleid: backdoor-predictable-random
  unsigned int pin = (unsigned int)rand() % 10000000u;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: output of 'rand' becomes 'pin'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  // ok: backdoor-predictable-random
  pin = pin * 10u + wps_checksum(pin);
  if (pin < 10000000u)
    // ruleid: backdoor-predictable-random
    pin = (unsigned int)rand() % 10000000u * 10u;
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: output of 'rand' becomes 'pin'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  return pin;
}
