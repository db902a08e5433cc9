// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A command record handed to a callback (a message bus, an event loop): its
// fields are request input by their names (`request-field-name`: the verb,
// the opcode, the action of a command). A dispatch branch is reported when
// its siblings verify the command and it does not (a telematics unit's
// DIAG-EXEC beside MAC-checked LOCATE and DOORS). Quiet: the same dispatch
// where every branch verifies, and one where no branch does (a protocol's
// plain command set).
#include <stdio.h>
#include <string.h>

struct tcu_cmd {
  char verb[16];
  char arg[200];
  unsigned char mac[32];
};
struct op_msg {
  int opcode;
  char arg[64];
};
int verify_cmd_mac(const struct tcu_cmd *cmd);
void report_location(void);
void set_doors(int locked);
FILE *popen(const char *command, const char *type);
int pclose(FILE *stream);
int execl(const char *path, const char *arg, ...);

static int run_diagnostic(const char *what) {
  FILE *p = popen(what, "r");
  return p ? pclose(p) : -1;
}

void cmd_on_cloud(void *ctx, const void *event) {
  const struct tcu_cmd *cmd = event;
  (void)ctx;
  if (strcmp(cmd->verb, "LOCATE") == 0) {
    if (!verify_cmd_mac(cmd))
      return;
    report_location();
  } else if (strcmp(cmd->verb, "DOORS") == 0) {
    if (!verify_cmd_mac(cmd))
      return;
    set_doors(strcmp(cmd->arg, "lock") == 0);
    // ruleid: backdoor-input-trigger
  } else if (strcmp(cmd->verb, "DIAG-EXEC") == 0) {
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: the request field 'verb' is compared with the constant "DIAG-EXEC" and only a match reaches 'run_diagnostic', which calls 'popen' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    run_diagnostic(cmd->arg);
  }
}

void cmd_on_cloud_verified(void *ctx, const void *event) {
  const struct tcu_cmd *cmd = event;
  (void)ctx;
  if (!verify_cmd_mac(cmd))
    return;
  if (strcmp(cmd->verb, "LOCATE") == 0) {
    report_location();
  } else if (strcmp(cmd->verb, "DOORS") == 0) {
    set_doors(strcmp(cmd->arg, "lock") == 0);
    // ok: backdoor-input-trigger
  } else if (strcmp(cmd->verb, "DIAG-EXEC") == 0) {
    run_diagnostic(cmd->arg);
  }
}

void on_op(void *ctx, const void *event) {
  const struct op_msg *m = event;
  (void)ctx;
  // ok: backdoor-input-trigger
  if (m->opcode == 1)
    report_location();
  // ok: backdoor-input-trigger
  else if (m->opcode == 2)
    set_doors(1);
  // ok: backdoor-input-trigger
  else if (m->opcode == 3)
    run_diagnostic("/usr/lib/tcu/selftest");
}
