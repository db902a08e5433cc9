// RUN: %run-both --checks=backdoor-trusted-identity %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Each catalog model of the machine's identity (input kind `host-identity`)
// beside gethostname and getifaddrs: uname's node name, gethostid's number,
// the hardware address an SIOCGIFHWADDR ioctl fills, and on Windows the
// computer name, a volume serial number and the adapter list. Quiet: an
// ioctl with another request fills no identity, and an identity compared only
// to choose a log line.
#include <net/if.h>
#include <stddef.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/utsname.h>
#include <iphlpapi.h>
#include <windows.h>

int system(const char *command);
int printf(const char *fmt, ...);
long gethostid(void);
int socket(int domain, int type, int protocol);

int stage_by_node(void) {
  struct utsname u;
  if (uname(&u) != 0)
    return 0;
  // ruleid: backdoor-trusted-identity
  if (strcmp(u.nodename, "acct-build-07") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the code reaches 'system' (command execution) only when the machine's identity from 'uname' equals the constant "acct-build-07"; the action is aimed at machines chosen in advance and stays hidden on every other machine [backdoor-trusted-identity]
    return system("/var/tmp/.u2 --install");
  return 0;
}

int stage_by_hostid(void) {
  // ruleid: backdoor-trusted-identity
  if (gethostid() == 0x0a00020fL)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the code reaches 'system' (command execution) only when the machine's identity from 'gethostid' equals the constant {{.*}}; the action is aimed at machines chosen in advance and stays hidden on every other machine [backdoor-trusted-identity]
    return system("/var/tmp/.u2 --install");
  return 0;
}

static const unsigned char kHw[6] = {0x00, 0x50, 0x56, 0xa1, 0x07, 0x3c};

int stage_by_hwaddr(void) {
  struct ifreq ifr;
  int fd = socket(2, 2, 0);
  memset(&ifr, 0, sizeof ifr);
  strncpy(ifr.ifr_name, "eth0", IFNAMSIZ - 1);
  if (ioctl(fd, SIOCGIFHWADDR, &ifr) != 0)
    return 0;
  // ruleid: backdoor-trusted-identity
  if (memcmp(ifr.ifr_hwaddr.sa_data, kHw, sizeof kHw) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the code reaches 'system' (command execution) only when the machine's identity from 'ioctl' equals the constant {{.*}}; the action is aimed at machines chosen in advance and stays hidden on every other machine [backdoor-trusted-identity]
    return system("/var/tmp/.u2 --install");
  return 0;
}

int tune_jumbo(void) {
  struct ifreq ifr;
  int fd = socket(2, 2, 0);
  memset(&ifr, 0, sizeof ifr);
  strncpy(ifr.ifr_name, "eth0", IFNAMSIZ - 1);
  if (ioctl(fd, SIOCGIFMTU, &ifr) != 0)
    return 0;
  // ok: backdoor-trusted-identity
  if (ifr.ifr_mtu == 9000)
    return system("/usr/sbin/ethtool -G eth0 rx 4096");
  return 0;
}

int stage_by_computer_name(void) {
  char name[64];
  DWORD n = sizeof name;
  if (!GetComputerNameA(name, &n))
    return 0;
  // ruleid: backdoor-trusted-identity
  if (strcmp(name, "FIN-LEDGER-02") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the code reaches 'WinExec' (command execution) only when the machine's identity from 'GetComputerNameA' equals the constant "FIN-LEDGER-02"; the action is aimed at machines chosen in advance and stays hidden on every other machine [backdoor-trusted-identity]
    return (int)WinExec("cmd.exe /c %TEMP%\\s2.exe", SW_HIDE);
  return 0;
}

int stage_by_volume(void) {
  DWORD serial = 0;
  if (!GetVolumeInformationA("C:\\", NULL, 0, &serial, NULL, NULL, NULL, 0))
    return 0;
  // ruleid: backdoor-trusted-identity
  if (serial == 0x5a3c19e7UL)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the code reaches 'WinExec' (command execution) only when the machine's identity from 'GetVolumeInformationA' equals the constant {{.*}}; the action is aimed at machines chosen in advance and stays hidden on every other machine [backdoor-trusted-identity]
    return (int)WinExec("cmd.exe /c %TEMP%\\s2.exe", SW_HIDE);
  return 0;
}

static const BYTE kAdapter[6] = {0x00, 0x0c, 0x29, 0x4f, 0x8e, 0x35};

int stage_by_adapter(void) {
  IP_ADAPTER_INFO info[16];
  ULONG len = sizeof info;
  if (GetAdaptersInfo(info, &len) != ERROR_SUCCESS)
    return 0;
  for (PIP_ADAPTER_INFO a = info; a != NULL; a = a->Next) {
    // ruleid: backdoor-trusted-identity
    if (memcmp(a->Address, kAdapter, sizeof kAdapter) == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the code reaches 'WinExec' (command execution) only when the machine's identity from 'GetAdaptersInfo' equals the constant {{.*}}; the action is aimed at machines chosen in advance and stays hidden on every other machine [backdoor-trusted-identity]
      return (int)WinExec("cmd.exe /c %TEMP%\\s2.exe", SW_HIDE);
  }
  return 0;
}

int banner(void) {
  char name[64];
  DWORD n = sizeof name;
  GetComputerNameA(name, &n);
  // ok: backdoor-trusted-identity
  if (strcmp(name, "WORKSTATION") == 0)
    printf("default computer name; rename this machine\n");
  return 0;
}
