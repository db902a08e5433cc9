/* A command loop: the count of issued codes fires another unit's wipe once,
   inside one command of a dispatch (that command's own match is no trigger). */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
void wipe_keys(void);
int issue_code(const char *phone);
int check_code(const char *phone, const char *code);
static unsigned long issued;

void on_command(int fd) {
  char line[128], verb[16], phone[24], code[16];
  ssize_t n = recv(fd, line, sizeof line - 1, 0);
  if (n <= 0)
    return;
  line[n] = 0;
  int k = sscanf(line, "%15s %23s %15s", verb, phone, code);
  if (k >= 2 && strcmp(verb, "ISSUE") == 0) {
    if (issue_code(phone) == 0) {
      /* ruleid: backdoor-time-bomb (the 500000th code wipes the keys: keys.c) */
      if (++issued == 500000)
        wipe_keys();
    }
  } else if (k == 3 && strcmp(verb, "CHECK") == 0) {
    check_code(phone, code);
  } else if (strcmp(verb, "QUIT") == 0) {
    return;
  }
}
